import { describe, expect, it } from 'vitest';
import { csrFromDense, csrMultiply } from '../../src/static/CsrMatrix.js';
import { randomizedSvd } from '../../src/static/randomizedSvd.js';

describe('randomizedSvd', () => {
  // A 5×4 matrix of rank 2: 6·u1·v1ᵀ + 2·u2·v2ᵀ with orthonormal u's and v's, so σ = (6, 2, 0, 0).
  const u1 = [1, 1, 1, 1, 0].map((x) => x / 2);
  const u2 = [1, -1, 1, -1, 0].map((x) => x / 2);
  const v1 = [1, 0, 0, 0];
  const v2 = [0, 0.6, 0.8, 0];
  const dense = u1.map((_, i) => v1.map((_, j) => 6 * u1[i]! * v1[j]! + 2 * u2[i]! * v2[j]!));

  it('recovers the singular values and right singular vectors of a low-rank matrix', () => {
    const { v, singularValues } = randomizedSvd(csrFromDense(dense), 2, { oversample: 2 });
    expect([...singularValues].map((s) => Number(s.toFixed(6)))).toEqual([6, 2]);
    // Singular vectors are defined up to sign.
    expect(Math.abs(v[0]!)).toBeCloseTo(1, 6);
    expect(Math.abs(v[1 * 2 + 1]!)).toBeCloseTo(0.6, 6);
    expect(Math.abs(v[2 * 2 + 1]!)).toBeCloseTo(0.8, 6);
  });

  it('gives A·v = σ·u with unit u for each kept direction, with or without power iterations', () => {
    for (const powerIterations of [0, 2]) {
      const a = csrFromDense(dense);
      const { v, singularValues } = randomizedSvd(a, 2, { oversample: 1, powerIterations, seed: 3 });
      const av = csrMultiply(a, Float32Array.from(v), 2);
      for (let k = 0; k < 2; k++) {
        let norm = 0;
        for (let r = 0; r < 5; r++) norm += av[r * 2 + k]! ** 2;
        expect(Math.sqrt(norm)).toBeCloseTo(singularValues[k]!, 6);
      }
    }
  });
});
