import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/lib/sha256Hex.js';
import { timingSafeEqualHex } from '../../src/lib/timingSafeEqualHex.js';

describe('timingSafeEqualHex', () => {
  it('compares SHA-256 digests', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(timingSafeEqualHex(sha256Hex('a'), sha256Hex('a'))).toBe(true);
    expect(timingSafeEqualHex(sha256Hex('a'), sha256Hex('b'))).toBe(false);
  });

  it('is false for anything that is not a lower-case digest', () => {
    expect(timingSafeEqualHex('abc', 'abc')).toBe(false);
    expect(timingSafeEqualHex(sha256Hex('a').toUpperCase(), sha256Hex('a').toUpperCase())).toBe(false);
  });
});
