import { describe, expect, it } from 'vitest';
import { normalizeRows } from '../../src/static/normalizeRows.js';

describe('normalizeRows', () => {
  it('scales each row to unit length in place and leaves zero rows alone', () => {
    const vectors = Float32Array.of(3, 4, 0, 0, 0, -2);
    expect(normalizeRows(vectors, 2)).toBe(vectors);
    expect([...vectors].map((v) => Number(v.toFixed(6)))).toEqual([0.6, 0.8, 0, 0, 0, -1]);
  });
});
