import { describe, expect, it } from 'vitest';
import { sifWeights } from '../../src/static/sifWeights.js';

describe('sifWeights', () => {
  it('gives a / (a + p(w)): frequent words count little, rare words almost fully', () => {
    const weights = sifWeights(Float64Array.of(900, 99, 1), 1e-3);
    expect(weights[0]).toBeCloseTo(1e-3 / (1e-3 + 0.9), 6);
    expect(weights[1]).toBeCloseTo(1e-3 / (1e-3 + 0.099), 6);
    expect(weights[2]).toBeCloseTo(1e-3 / (1e-3 + 0.001), 6);
    expect(weights[0]).toBeLessThan(weights[1]!);
  });
});
