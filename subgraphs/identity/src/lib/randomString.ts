import { cryptoRandomBytes, type RandomBytes } from './RandomBytes.js';

/**
 * A string of `length` symbols drawn uniformly from `alphabet`. Bytes at or above the largest multiple of the
 * alphabet size are thrown away (rejection sampling): `byte % 62` alone would make the first eight base62 symbols
 * about 25% likelier than the rest.
 */
export function randomString(alphabet: string, length: number, random: RandomBytes = cryptoRandomBytes): string {
  if (alphabet.length < 2 || alphabet.length > 256) throw new TypeError(`alphabet must have 2 to 256 symbols, got ${alphabet.length}`);
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of random(length - out.length + 8)) {
      if (byte >= limit) continue;
      out += alphabet[byte % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}
