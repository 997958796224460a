import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../src/static/symmetricEigen.js';

describe('symmetricEigen', () => {
  it('finds the eigenvalues of a 2×2 matrix in descending order', () => {
    // [[2, 1], [1, 2]] has eigenvalues 3 and 1 with eigenvectors (1, 1)/√2 and (1, −1)/√2.
    const { values, vectors } = symmetricEigen(Float64Array.of(2, 1, 1, 2), 2);
    expect([...values].map((v) => Number(v.toFixed(9)))).toEqual([3, 1]);
    expect(Math.abs(vectors[0]!)).toBeCloseTo(Math.SQRT1_2, 9);
    expect(vectors[0]! * vectors[2]!).toBeGreaterThan(0);
  });

  it('reconstructs a random symmetric matrix as V·Λ·Vᵀ', () => {
    const n = 6;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) a[i * n + j] = a[j * n + i] = Math.sin(i * 7 + j * 3);
    const { values, vectors } = symmetricEigen(a, n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let k = 0; k < n; k++) sum += vectors[i * n + k]! * values[k]! * vectors[j * n + k]!;
        expect(sum).toBeCloseTo(a[i * n + j]!, 9);
      }
    }
    for (let k = 1; k < n; k++) expect(values[k - 1]).toBeGreaterThanOrEqual(values[k]!);
  });
});
