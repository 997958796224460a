import { describe, expect, it } from 'vitest';
import { implicitAlsLoss } from '../../src/collaborative/implicitAlsLoss.js';
import { mulberry32 } from '../../src/lib/mulberry32.js';
import { blockMatrix } from './support/blockMatrix.js';

describe('implicitAlsLoss', () => {
  it('equals the brute-force sum over every user–item pair', () => {
    const matrix = blockMatrix([{ user: 0, item: 5, value: -1.5 }, { user: 1, item: 2, value: 2 }]);
    const f = 3;
    const random = mulberry32(11);
    const userFactors = Float32Array.from({ length: 8 * f }, () => random() - 0.5);
    const itemFactors = Float32Array.from({ length: 8 * f }, () => random() - 0.5);
    const model = { factors: f, userIds: matrix.userIds, itemIds: matrix.itemIds, userFactors, itemFactors };
    const alpha = 40;
    const lambda = 0.1;
    let expected = 0;
    for (let u = 0; u < 8; u++) {
      for (let i = 0; i < 8; i++) {
        let r = 0;
        for (let k = matrix.rowPtr[u]!; k < matrix.rowPtr[u + 1]!; k++) if (matrix.colIdx[k] === i) r = matrix.values[k]!;
        let s = 0;
        for (let d = 0; d < f; d++) s += userFactors[u * f + d]! * itemFactors[i * f + d]!;
        expected += (1 + alpha * Math.abs(r)) * ((r > 0 ? 1 : 0) - s) ** 2;
      }
    }
    for (const v of [...userFactors, ...itemFactors]) expected += lambda * v * v;
    expect(implicitAlsLoss(matrix, model)).toBeCloseTo(expected, 9);
    expect(implicitAlsLoss(matrix, model, { alpha: 0 })).toBeLessThan(expected);
  });
});
