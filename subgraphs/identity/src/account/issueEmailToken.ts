import { cryptoRandomBytes, type RandomBytes } from '../lib/RandomBytes.js';
import { sha256Hex } from '../lib/sha256Hex.js';

export type EmailTokenKind = 'VERIFY_EMAIL' | 'RESET_PASSWORD';

/** §6: verification links last 24 h; reset links 1 h, because a reset token is a password in all but name. */
export const EMAIL_TOKEN_TTL_MS: Readonly<Record<EmailTokenKind, number>> = Object.freeze({
  VERIFY_EMAIL: 24 * 60 * 60 * 1000,
  RESET_PASSWORD: 60 * 60 * 1000,
});

/** §6: "32-byte hex token". */
export const EMAIL_TOKEN_BYTES = 32;

export interface IssuedEmailToken {
  kind: EmailTokenKind;
  /** 64 hex characters. Goes into the emailed link and nowhere else: never stored, never logged. */
  token: string;
  /** SHA-256 of `token`, hex. The only form stored, so a leaked table cannot be replayed as links. */
  tokenHash: string;
  expiresAt: Date;
}

/**
 * Mints a single-use email token. A plain SHA-256 (no salt, no slow hash) is enough for storage because the token
 * is 256 random bits: there is nothing to guess, unlike a password.
 */
export function issueEmailToken(kind: EmailTokenKind, now: Date, random: RandomBytes = cryptoRandomBytes): IssuedEmailToken {
  const token = Buffer.from(random(EMAIL_TOKEN_BYTES)).toString('hex');
  return { kind, token, tokenHash: sha256Hex(token), expiresAt: new Date(now.getTime() + EMAIL_TOKEN_TTL_MS[kind]) };
}
