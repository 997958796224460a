import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/lib/mulberry32.js';
import { solveCholesky } from '../../../src/collaborative/lib/solveCholesky.js';

describe('solveCholesky', () => {
  it('factors and solves a hand-computed 3 × 3 system', () => {
    // A = L·Lᵀ with L = [[2, 0, 0], [6, 1, 0], [−8, 5, 3]]; b = A·[1, 2, 3].
    const a = Float64Array.of(4, 12, -16, 12, 37, -43, -16, -43, 98);
    const b = Float64Array.of(-20, -43, 192);
    solveCholesky(a, b, 3);
    expect([...b].map((x) => Number(x.toFixed(12)))).toEqual([1, 2, 3]);
    expect([a[0], a[3], a[4], a[6], a[7], a[8]]).toEqual([2, 6, 1, -8, 5, 3]);
  });

  it('reads only the lower triangle', () => {
    const a = Float64Array.of(4, 999, 999, 12, 37, 999, -16, -43, 98);
    const b = Float64Array.of(-20, -43, 192);
    solveCholesky(a, b, 3);
    expect([...b].map((x) => Number(x.toFixed(12)))).toEqual([1, 2, 3]);
  });

  it('solves random SPD systems (MᵀM + I)', () => {
    const random = mulberry32(7);
    for (const n of [1, 2, 5, 16]) {
      const m = Array.from({ length: n * n }, () => random() * 2 - 1);
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
        let sum = i === j ? 1 : 0;
        for (let k = 0; k < n; k++) sum += m[k * n + i]! * m[k * n + j]!;
        a[i * n + j] = sum;
      }
      const x = Array.from({ length: n }, () => random() * 10 - 5);
      const b = Float64Array.from({ length: n }, (_, i) => x.reduce((sum, xj, j) => sum + a[i * n + j]! * xj, 0));
      solveCholesky(a.slice(), b, n);
      for (let i = 0; i < n; i++) expect(b[i]).toBeCloseTo(x[i]!, 9);
    }
  });

  it('rejects a matrix that is not positive definite', () => {
    expect(() => solveCholesky(Float64Array.of(1, 2, 2, 1), new Float64Array(2), 2)).toThrow(RangeError);
    expect(() => solveCholesky(Float64Array.of(Number.NaN), new Float64Array(1), 1)).toThrow(/not positive definite/);
  });
});
