import { describe, expect, it } from 'vitest';
import { intraListSimilarity } from '../../src/diversity/intraListSimilarity.js';

describe('intraListSimilarity', () => {
  it('is 1 for identical vectors and 0 for orthogonal ones', () => {
    const v = Float32Array.of(0.3, -0.2, 0.9);
    expect(intraListSimilarity([v, v, Float32Array.from(v, (x) => x * 2)])).toBeCloseTo(1, 6);
    expect(intraListSimilarity([Float32Array.of(1, 0, 0), Float32Array.of(0, 1, 0), Float32Array.of(0, 0, 1)])).toBe(0);
  });

  it('is the mean over all pairs', () => {
    // pairs: (a,b) = 1, (a,c) = 0, (b,c) = 0 → 1/3
    const a = Float32Array.of(1, 0);
    expect(intraListSimilarity([a, a, Float32Array.of(0, 1)])).toBeCloseTo(1 / 3, 12);
  });

  it('is 0 when there is no pair', () => {
    expect(intraListSimilarity([])).toBe(0);
    expect(intraListSimilarity([Float32Array.of(1, 2)])).toBe(0);
  });
});
