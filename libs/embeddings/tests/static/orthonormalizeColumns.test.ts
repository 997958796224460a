import { describe, expect, it } from 'vitest';
import { orthonormalizeColumns } from '../../src/static/orthonormalizeColumns.js';

function gram(q: Float64Array, rows: number, width: number): number[][] {
  return Array.from({ length: width }, (_, i) => Array.from({ length: width }, (_, j) => {
    let sum = 0;
    for (let r = 0; r < rows; r++) sum += q[r * width + i]! * q[r * width + j]!;
    return Number(sum.toFixed(9)) || 0;
  }));
}

describe('orthonormalizeColumns', () => {
  it('returns orthonormal columns spanning the same space, column by column (Q·R with R upper triangular)', () => {
    const y = Float64Array.of(3, 1, 0, 4, 0, 2, 0, 2, 5);
    const q = orthonormalizeColumns(Float64Array.from(y), 3, 3);
    expect(gram(q, 3, 3)).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    // The first column keeps its direction: (3, 4, 0) / 5.
    expect([q[0], q[3], q[6]].map((v) => Number(v!.toFixed(9)))).toEqual([0.6, 0.8, 0]);
  });

  it('zeroes a column that depends on the earlier ones', () => {
    const q = orthonormalizeColumns(Float64Array.of(1, 2, 0, 2, 4, 1, 0, 0, 1), 3, 3);
    expect([q[1], q[4], q[7]]).toEqual([0, 0, 0]);
    expect(gram(q, 3, 3)[2]![2]).toBe(1);
  });
});
