import { randomString } from '../lib/randomString.js';
import { cryptoRandomBytes, type RandomBytes } from '../lib/RandomBytes.js';
import { sha256Hex } from '../lib/sha256Hex.js';

/**
 * §6, Canonical "implemented" format: `mg_live_` + 32 alphanumeric characters. The spec calls that 256-bit, but
 * 32 base62 symbols carry 32 × log2(62) ≈ 190.5 bits; that is still far beyond guessing, and keeping the
 * implemented format beats padding the key to 43 characters to make the number true. There is no `mg_test_`
 * variant yet (alt formats in §6): nothing here has a test mode.
 */
export const API_KEY_PREFIX = 'mg_live_';
export const API_KEY_BODY_LENGTH = 32;
export const API_KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** §6: "a 12-char prefix index" — `mg_live_` plus the first 4 random characters. */
export const API_KEY_LOOKUP_PREFIX_LENGTH = 12;

export interface GeneratedApiKey {
  /** The whole key. Shown to its owner once, at creation; never stored or logged. */
  key: string;
  /** The first 12 characters: stored in clear, indexed, used to find candidate rows and to show the key masked. */
  prefix: string;
  /** SHA-256 hex of `key`: the only stored form of the secret. */
  hash: string;
}

/**
 * A new API key. The prefix index is *not* unique (62^4 ≈ 14.8 M values): look up by prefix, then compare hashes
 * with `timingSafeEqualHex`. A fast unsalted hash suffices because the key is ~190 random bits, not a password.
 */
export function generateApiKey(random: RandomBytes = cryptoRandomBytes): GeneratedApiKey {
  const key = API_KEY_PREFIX + randomString(API_KEY_ALPHABET, API_KEY_BODY_LENGTH, random);
  return { key, prefix: apiKeyLookupPrefix(key), hash: hashApiKey(key) };
}

/** The lookup prefix of a presented key. */
export function apiKeyLookupPrefix(key: string): string {
  return key.slice(0, API_KEY_LOOKUP_PREFIX_LENGTH);
}

/** The stored hash of a presented key, to compare against the candidate rows' `hash`. */
export function hashApiKey(key: string): string {
  return sha256Hex(key);
}
