/** When a key created at `now` with `expiresInDays` stops working, or null for never. */
export function apiKeyExpiresAt(expiresInDays: number | null, now: Date): Date | null {
  return expiresInDays === null ? null : new Date(now.getTime() + expiresInDays * 24 * 60 * 60 * 1000);
}
