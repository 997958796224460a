import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/lib/canonicalJson.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined }, e: null })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1,"e":null}');
  });

  it('gives the same bytes whatever order keys were inserted in (as after a jsonb round trip)', () => {
    expect(canonicalJson({ x: 1, y: 'two' })).toBe(canonicalJson(JSON.parse('{"y":"two","x":1}')));
  });

  it('writes Dates as ISO strings and undefined array items as null', () => {
    expect(canonicalJson([new Date('2025-03-01T12:00:00Z'), undefined])).toBe('["2025-03-01T12:00:00.000Z",null]');
  });

  it.each([
    [{ n: Number.NaN }, '$.n is NaN, which JSON cannot represent'],
    [{ n: [Infinity] }, '$.n[0] is Infinity, which JSON cannot represent'],
    [{ n: 1n }, '$.n is a bigint, which JSON cannot represent'],
    [{ m: new Map() }, '$.m is not a plain object'],
  ])('refuses %o', (value, message) => {
    expect(() => canonicalJson(value)).toThrow(new TypeError(message));
  });
});
