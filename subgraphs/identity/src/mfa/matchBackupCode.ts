import { compare } from 'bcryptjs';
import { normalizeBackupCode } from './normalizeBackupCode.js';

/**
 * The index of the stored hash that `code` matches, or -1.
 *
 * `hashes` keeps one slot per issued code with `null` for codes already spent, so indices stay stable and the
 * caller can spend the match by nulling slot `index` (with a compare-and-set, so two racing requests cannot both
 * use it). Input is upper-cased and spaces and dashes are ignored. Input that cannot be a backup code answers -1
 * without running bcrypt: its shape is no secret, and it spares ten slow hashes per junk attempt.
 */
export async function matchBackupCode(code: string, hashes: readonly (string | null)[]): Promise<number> {
  const canonical = normalizeBackupCode(code);
  if (canonical === null) return -1;
  for (const [index, stored] of hashes.entries()) {
    if (stored !== null && (await compare(canonical, stored))) return index;
  }
  return -1;
}
