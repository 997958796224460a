import { describe, expect, it } from 'vitest';
import { removeCommonDirections } from '../../src/static/removeCommonDirections.js';

describe('removeCommonDirections', () => {
  // mean (5, 0, 0) + s·(1, 1, 0)/√2 + t·(0, 0, 1), with s (spread 6) and t (spread 0.2) uncorrelated.
  const s = [3, -3, 6, -6];
  const t = [0.2, -0.2, -0.1, 0.1];
  const rows = s.map((si, i) => [5 + si * Math.SQRT1_2, si * Math.SQRT1_2, t[i]!]);

  it('subtracts the mean', () => {
    const vectors = removeCommonDirections(Float32Array.from(rows.flat()), 3, 0);
    for (let k = 0; k < 3; k++) expect(vectors[k]! + vectors[3 + k]! + vectors[6 + k]! + vectors[9 + k]!).toBeCloseTo(0, 5);
  });

  it('projects out the top principal direction, leaving the rest', () => {
    const vectors = removeCommonDirections(Float32Array.from(rows.flat()), 3, 1);
    const direction = [Math.SQRT1_2, Math.SQRT1_2, 0];
    for (let r = 0; r < 4; r++) {
      const along = direction.reduce((sum, d, k) => sum + d * vectors[r * 3 + k]!, 0);
      expect(along).toBeCloseTo(0, 4);
    }
    // The small direction is untouched: row 0 keeps t = 0.2 on the third axis.
    expect(vectors[2]).toBeCloseTo(0.2, 4);
  });
});
