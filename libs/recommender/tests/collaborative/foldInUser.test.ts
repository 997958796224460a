import { describe, expect, it } from 'vitest';
import { foldInUser } from '../../src/collaborative/foldInUser.js';
import { mulberry32 } from '../../src/lib/mulberry32.js';
import { solveCholesky } from '../../src/collaborative/lib/solveCholesky.js';
import { trainImplicitAls } from '../../src/collaborative/trainImplicitAls.js';
import { blockMatrix, score, userRow } from './support/blockMatrix.js';

const f = 4;

describe('foldInUser', () => {
  // λ = 1 makes the tiny problem converge within a few hundred sweeps (at λ = 0.1 the last digits drift for thousands).
  const matrix = blockMatrix([{ user: 2, item: 6, value: -1 }]);
  const model = trainImplicitAls(matrix, { factors: f, iterations: 300, regularization: 1 });

  it('gives a trained user back their factors once training has converged', () => {
    for (const u of [0, 2, 5]) {
      const row = [];
      for (let k = matrix.rowPtr[u]!; k < matrix.rowPtr[u + 1]!; k++) row.push({ itemIndex: matrix.colIdx[k]!, value: matrix.values[k]! });
      const folded = foldInUser(model, row);
      const trained = userRow(model.userFactors, u, f);
      for (let i = 0; i < 8; i++) expect(score(folded, model.itemFactors, i, f), `user ${u} item ${i}`).toBeCloseTo(score(trained, model.itemFactors, i, f), 3);
    }
  });

  // 3, 6, 10 and 17 nonzeros take every path of the blocked rank updates (a rank-4 tail, a padded rank-8 tail, full
  // rank-8 blocks with a rank-4 tail, and with a rank-8 tail).
  it.each([3, 6, 10, 17])('solves the dense normal equations (YᵀCᵤY + λI)·x = YᵀCᵤ·p(u) over every item (%i nonzeros)', (nonzeros) => {
    const items = 20;
    const dims = 5;
    const random = mulberry32(9 + nonzeros);
    const itemFactors = Float32Array.from({ length: items * dims }, () => random() - 0.5);
    const randomModel = { factors: dims, userIds: [], itemIds: Array.from({ length: items }, (_, i) => `i${i}`), userFactors: new Float32Array(), itemFactors };
    const r = Array.from({ length: items }, (_, i) => (i < nonzeros ? (i % 3 === 1 ? -1 - random() : 0.5 + random()) : 0));
    const alpha = 2;
    const lambda = 0.5;
    const a = new Float64Array(dims * dims);
    const b = new Float64Array(dims);
    for (let i = 0; i < items; i++) {
      const c = 1 + alpha * Math.abs(r[i]!);
      const p = r[i]! > 0 ? 1 : 0;
      for (let d = 0; d < dims; d++) {
        b[d]! += c * p * itemFactors[i * dims + d]!;
        for (let e = 0; e < dims; e++) a[d * dims + e]! += c * itemFactors[i * dims + d]! * itemFactors[i * dims + e]!;
      }
    }
    for (let d = 0; d < dims; d++) a[d * dims + d]! += lambda;
    solveCholesky(a, b, dims);
    // Item 0's value arrives in two halves, which must be summed first.
    const row = r.flatMap((value, itemIndex) => (value === 0 ? [] : itemIndex === 0 ? [{ itemIndex, value: value / 2 }, { itemIndex, value: value / 2 }] : [{ itemIndex, value }])).reverse();
    const folded = foldInUser(randomModel, row, { alpha, regularization: lambda });
    for (let d = 0; d < dims; d++) expect(folded[d]).toBeCloseTo(b[d]!, 5);
  });

  it('places a new user with group-A taste closest to group-A items', () => {
    const folded = foldInUser(model, [{ itemIndex: 1, value: 1 }, { itemIndex: 2, value: 1 }]);
    const scores = Array.from({ length: 8 }, (_, i) => score(folded, model.itemFactors, i, f));
    expect(Math.min(scores[0]!, scores[3]!)).toBeGreaterThan(Math.max(...scores.slice(4)));
  });

  it('pushes a disliked item’s score down compared with no feedback', () => {
    const liked = [{ itemIndex: 1, value: 1 }, { itemIndex: 2, value: 1 }];
    const without = score(foldInUser(model, liked), model.itemFactors, 0, f);
    const withDislike = score(foldInUser(model, [...liked, { itemIndex: 0, value: -1 }]), model.itemFactors, 0, f);
    expect(without).toBeGreaterThan(0.3);
    expect(withDislike).toBeLessThan(without - 0.1);
  });

  it('sums repeated items, and an empty row is the zero vector', () => {
    const once = foldInUser(model, [{ itemIndex: 4, value: 2 }]);
    const twice = foldInUser(model, [{ itemIndex: 4, value: 1.5 }, { itemIndex: 4, value: 0.5 }]);
    expect(twice).toEqual(once);
    expect([...foldInUser(model, [])]).toEqual([0, 0, 0, 0]);
  });

  it('uses the λ and α the model was trained with unless told otherwise', () => {
    const row = [{ itemIndex: 4, value: 1 }];
    expect(foldInUser(model, row, { alpha: 40, regularization: 1 })).toEqual(foldInUser(model, row));
    expect(foldInUser(model, row, { alpha: 1 })).not.toEqual(foldInUser(model, row));
    expect(foldInUser(model, row, { regularization: 0.1 })).not.toEqual(foldInUser(model, row));
  });

  it('rejects a non-finite value with INVALID_FEEDBACK and an unknown index with a RangeError', () => {
    expect(() => foldInUser(model, [{ itemIndex: 0, value: Number.NaN }])).toThrow(expect.objectContaining({ code: 'INVALID_FEEDBACK', message: 'feedback on item 0 is not a finite number: NaN' }));
    expect(() => foldInUser(model, [{ itemIndex: 8, value: 1 }])).toThrow(new RangeError("itemIndex 8 is outside the model's 8 items"));
  });
});
