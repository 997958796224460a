import { sha256Hex } from '../lib/sha256Hex.js';
import { timingSafeEqualHex } from '../lib/timingSafeEqualHex.js';

export interface StoredEmailToken {
  tokenHash: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export type EmailTokenCheck = 'ok' | 'expired' | 'used' | 'mismatch';

/**
 * Whether a presented email token redeems the stored one.
 *
 * The hash comparison comes first and is constant-time, so someone without the token learns only 'mismatch',
 * never whether the stored token is spent or stale. Only a holder of the real token is told 'used' or 'expired',
 * which lets the UI say "this link was already used" instead of a generic failure. Expiry is exclusive:
 * at `expiresAt` the token is already expired. Hex is case-insensitive and mail clients sometimes add whitespace,
 * so the presented value is trimmed and lower-cased before hashing.
 *
 * Redeeming ('ok') must be followed by setting `usedAt` in the same statement that checks it is still null, or
 * two concurrent clicks could both succeed.
 */
export function checkEmailToken(stored: StoredEmailToken, presented: string, now: Date): EmailTokenCheck {
  if (!timingSafeEqualHex(sha256Hex(presented.trim().toLowerCase()), stored.tokenHash)) return 'mismatch';
  if (stored.usedAt !== null) return 'used';
  if (now.getTime() >= stored.expiresAt.getTime()) return 'expired';
  return 'ok';
}
