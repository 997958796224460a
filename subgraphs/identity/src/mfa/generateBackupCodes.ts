import { randomString } from '../lib/randomString.js';
import { cryptoRandomBytes, type RandomBytes } from '../lib/RandomBytes.js';

/**
 * §6: "8 chars from A–Z minus I/O plus 2–9". 0 and 1 go too, being the digits mistaken for O and I. That leaves
 * exactly 32 symbols, so each is 5 random bits with no modulo bias, and a code is 40 bits: ample for a secret
 * that is bcrypt-hashed, single-use, and behind the 5-per-minute MFA attempt limit.
 */
export const BACKUP_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const BACKUP_CODE_LENGTH = 8;
export const BACKUP_CODE_COUNT = 10;

/**
 * Ten distinct backup codes, shown to the user once at enrolment. Store only `hashBackupCode` of each. The UI may
 * show them as `XXXX-XXXX`; `normalizeBackupCode` drops the dash again on input.
 */
export function generateBackupCodes(random: RandomBytes = cryptoRandomBytes): string[] {
  const codes = new Set<string>();
  // A repeat is a 1-in-10^11 event, but two equal codes would silently be one code, so draw again rather than hope.
  // A source that keeps repeating itself is broken, and looping on it forever would hang the request.
  for (let draws = 0; codes.size < BACKUP_CODE_COUNT; draws++) {
    if (draws >= BACKUP_CODE_COUNT * 10) throw new Error('random source keeps repeating; refusing to issue backup codes');
    codes.add(randomString(BACKUP_CODE_ALPHABET, BACKUP_CODE_LENGTH, random));
  }
  return [...codes];
}
