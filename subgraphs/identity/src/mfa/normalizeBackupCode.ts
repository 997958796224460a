import { BACKUP_CODE_ALPHABET, BACKUP_CODE_LENGTH } from './generateBackupCodes.js';

const BACKUP_CODE = new RegExp(`^[${BACKUP_CODE_ALPHABET}]{${BACKUP_CODE_LENGTH}}$`);

/**
 * A typed backup code in canonical form (upper-case, spaces and dashes removed), or null when it cannot be one of
 * ours. Same forgiving input rule as the device-grant user code (§6).
 */
export function normalizeBackupCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, '');
  return BACKUP_CODE.test(code) ? code : null;
}
