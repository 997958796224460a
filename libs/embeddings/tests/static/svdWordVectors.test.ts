import { describe, expect, it } from 'vitest';
import { csrFromDense } from '../../src/static/CsrMatrix.js';
import { svdWordVectors } from '../../src/static/svdWordVectors.js';

describe('svdWordVectors', () => {
  // Rows 0 and 1 share contexts, row 2 has others, row 3 is empty.
  const ppmi = csrFromDense([
    [2, 1, 0, 0],
    [2, 1.2, 0, 0],
    [0, 0, 1, 2],
    [0, 0, 0, 0],
  ]);

  it('gives unit rows (zero for an empty row) whose cosines follow shared contexts', () => {
    const vectors = svdWordVectors(ppmi, 2, { oversample: 2 });
    const row = (r: number): number[] => [vectors[r * 2]!, vectors[r * 2 + 1]!];
    const dot = (a: number[], b: number[]): number => a[0]! * b[0]! + a[1]! * b[1]!;
    expect(Math.hypot(...row(0))).toBeCloseTo(1, 6);
    expect(row(3)).toEqual([0, 0]);
    expect(dot(row(0), row(1))).toBeGreaterThan(0.99);
    expect(Math.abs(dot(row(0), row(2)))).toBeLessThan(0.01);
  });

  it('equals U·Σ^p up to sign, here checked against the exact rank-1 case', () => {
    // A = σ·u·vᵀ with σ = 5: the one word vector direction is u, whatever p is.
    const vectors = svdWordVectors(csrFromDense([[3, 4], [0, 0]]), 1, { oversample: 1, eigenvalueWeight: 0 });
    expect(Math.abs(vectors[0]!)).toBeCloseTo(1, 6);
    expect(vectors[1]).toBe(0);
  });
});
