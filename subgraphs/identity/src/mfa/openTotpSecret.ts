import { SecretBoxError } from '../errors.js';
import type { IdentityContext } from '../IdentityContext.js';
import type { MfaRecord } from '../store/MfaStore.js';
import { decryptSecret } from './decryptSecret.js';

/** The AES-GCM context a user's TOTP secret is sealed under: a blob copied into another user's row will not open. */
export function totpSecretContext(userId: string): string {
  return `totp:${userId}`;
}

/**
 * The base32 TOTP secret of an MFA record. A blob that does not open (wrong key after a botched rotation, an
 * edited row) is logged with its code and answered with a generic error: why a stored secret failed helps nobody
 * but an attacker (`SecretBoxError`).
 */
export function openTotpSecret(ctx: Pick<IdentityContext, 'mfaKey' | 'logger'>, mfa: MfaRecord): string {
  try {
    return decryptSecret(mfa.secretCiphertext, ctx.mfaKey, totpSecretContext(mfa.userId));
  } catch (error) {
    if (!(error instanceof SecretBoxError)) throw error;
    ctx.logger.error({ code: error.code, userId: mfa.userId }, 'stored TOTP secret does not open');
    throw new Error('MFA cannot be checked for this account right now.');
  }
}
