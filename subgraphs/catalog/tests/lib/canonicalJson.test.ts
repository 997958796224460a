import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/lib/canonicalJson.js';

describe('canonicalJson', () => {
  it('sorts keys at every level, keeps array order, and drops undefined like JSON does', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null }, u: undefined })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });
});
