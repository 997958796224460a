import { parseOptions } from '@node-rs/argon2';
import { ARGON2_PARAMS } from './hashPassword.js';

/**
 * True when a stored hash was made with other parameters than `ARGON2_PARAMS`. Call it after a successful login,
 * when the plain password is at hand, and store a fresh `hashPassword` result: that is the only moment an upgrade
 * of the parameters can reach existing accounts.
 */
export function passwordNeedsRehash(storedHash: string): boolean {
  try {
    const used = parseOptions(storedHash);
    return (
      used.algorithm !== ARGON2_PARAMS.algorithm ||
      used.memoryCost !== ARGON2_PARAMS.memoryCost ||
      used.timeCost !== ARGON2_PARAMS.timeCost ||
      used.parallelism !== ARGON2_PARAMS.parallelism ||
      used.outputLen !== ARGON2_PARAMS.outputLen
    );
  } catch {
    return true;
  }
}
