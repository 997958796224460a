import { describe, expect, it } from 'vitest';
import { csrFromDense } from '../../src/static/CsrMatrix.js';
import { ppmi } from '../../src/static/ppmi.js';

describe('ppmi', () => {
  it('computes log(count · Σ count(c)^α / (count(w) · count(c)^α)) and drops non-positive values', () => {
    const counts = csrFromDense([
      [4, 1],
      [1, 4],
    ]);
    // Without smoothing (α = 1): every row and column sums to 5, total 10. PMI(0,0) = log(4·10 / 25) > 0;
    // PMI(0,1) = log(1·10 / 25) < 0, dropped.
    const result = ppmi(counts, 1);
    expect([...result.columnIndex]).toEqual([0, 1]);
    expect(result.values[0]).toBeCloseTo(Math.log(40 / 25), 6);
    expect(result.values[1]).toBeCloseTo(Math.log(40 / 25), 6);
  });

  it('smooths the context distribution with α = 0.75', () => {
    const counts = csrFromDense([
      [8, 1],
      [0, 3],
    ]);
    const result = ppmi(counts, 0.75);
    const c0 = 8 ** 0.75;
    const c1 = 4 ** 0.75;
    const expected = [Math.log((8 * (c0 + c1)) / (9 * c0)), Math.log((1 * (c0 + c1)) / (9 * c1)), Math.log((3 * (c0 + c1)) / (3 * c1))].filter((v) => v > 0);
    expect([...result.values].map((v) => Number(v.toFixed(5)))).toEqual(expected.map((v) => Number(v.toFixed(5))));
  });
});
