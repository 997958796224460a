import { timingSafeEqual } from 'node:crypto';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Constant-time comparison of two SHA-256 hex digests. Both sides are digests of equal length, so the only early
 * exit is for a malformed stored value, which says nothing about the secret a caller presented.
 */
export function timingSafeEqualHex(a: string, b: string): boolean {
  if (!SHA256_HEX.test(a) || !SHA256_HEX.test(b)) return false;
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}
