import { describe, expect, it } from 'vitest';
import { randomString } from '../../src/lib/randomString.js';
import { fixedRandom } from './fixedRandom.js';

describe('randomString', () => {
  it('maps bytes onto the alphabet', () => {
    expect(randomString('abcd', 6, fixedRandom([0, 1, 2, 3, 4, 5]))).toBe('abcdab');
  });

  it('discards bytes that would bias the result (rejection sampling)', () => {
    // 62 symbols: 256 - 256 % 62 = 248, so bytes 248..255 are skipped.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    expect(randomString(alphabet, 3, fixedRandom([255, 248, 0, 250, 61, 62]))).toBe('A9A');
  });

  it('is roughly uniform over many draws', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const counts = new Map<string, number>();
    for (const ch of randomString(alphabet, 62_000)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(62);
    for (const count of counts.values()) expect(count).toBeGreaterThan(800);
  });

  it('rejects a degenerate alphabet as caller misuse', () => {
    expect(() => randomString('a', 3)).toThrow(new TypeError('alphabet must have 2 to 256 symbols, got 1'));
  });
});
