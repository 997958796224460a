import { hash } from 'bcryptjs';
import { normalizeBackupCode } from './normalizeBackupCode.js';

/** §6: backup codes are bcrypt-hashed; cost 10 is bcrypt's customary default (about 100 ms in bcryptjs). */
export const BACKUP_CODE_BCRYPT_COST = 10;

/** The bcrypt hash to store for one backup code. Throws a TypeError for a value that is not a backup code. */
export function hashBackupCode(code: string): Promise<string> {
  const canonical = normalizeBackupCode(code);
  if (canonical === null) throw new TypeError('code must be a backup code from generateBackupCodes');
  return hash(canonical, BACKUP_CODE_BCRYPT_COST);
}
