export interface ApiKeyState {
  revokedAt: Date | null;
  expiresAt: Date | null;
}

/**
 * Whether a stored key may authenticate at `now`. Revocation wins over expiry, so the audit trail says why a key
 * was refused in the terms its owner acted on. Any `revokedAt` counts, even one a skewed clock put in the future:
 * revocation is a soft delete and takes effect at once. `expiresAt` is exclusive: at that instant the key is expired.
 * The presented key is answered UNAUTHENTICATED either way; the reason is for logs and the owner's key listing.
 */
export function apiKeyUsable(key: ApiKeyState, now: Date): 'ok' | 'revoked' | 'expired' {
  if (key.revokedAt !== null) return 'revoked';
  if (key.expiresAt !== null && now.getTime() >= key.expiresAt.getTime()) return 'expired';
  return 'ok';
}
