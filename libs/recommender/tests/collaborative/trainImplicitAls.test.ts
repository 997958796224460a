import { describe, expect, it } from 'vitest';
import { buildFeedbackMatrix } from '../../src/collaborative/buildFeedbackMatrix.js';
import { implicitAlsLoss } from '../../src/collaborative/implicitAlsLoss.js';
import { mulberry32 } from '../../src/lib/mulberry32.js';
import { trainImplicitAls } from '../../src/collaborative/trainImplicitAls.js';
import { blockMatrix, score, userRow } from './support/blockMatrix.js';

const f = 4;

describe('trainImplicitAls', () => {
  it('recovers two disjoint taste groups: each user’s top unseen item is the one its group watches', () => {
    const matrix = blockMatrix();
    const model = trainImplicitAls(matrix, { factors: f, iterations: 15 });
    for (let u = 0; u < 8; u++) {
      const seen = new Set(Array.from(matrix.colIdx.subarray(matrix.rowPtr[u]!, matrix.rowPtr[u + 1]!)));
      const unseen = Array.from({ length: 8 }, (_, i) => i).filter((i) => !seen.has(i));
      const best = unseen.reduce((a, b) => (score(userRow(model.userFactors, u, f), model.itemFactors, b, f) > score(userRow(model.userFactors, u, f), model.itemFactors, a, f) ? b : a));
      expect(best, `user ${u}`).toBe(u);
    }
  });

  it('never increases the objective from one sweep to the next', () => {
    const random = mulberry32(3);
    const entries = [];
    for (let u = 0; u < 30; u++) {
      for (let i = 0; i < 20; i++) {
        const draw = random();
        if (draw < 0.2) entries.push({ userId: `u${u}`, itemId: `i${i}`, value: draw * 5 });
        else if (draw < 0.25) entries.push({ userId: `u${u}`, itemId: `i${i}`, value: -1 });
      }
    }
    const matrix = buildFeedbackMatrix(entries);
    const losses: number[] = [];
    trainImplicitAls(matrix, { factors: 5, iterations: 8, onIteration: (_, model) => losses.push(implicitAlsLoss(matrix, model)) });
    expect(losses).toHaveLength(8);
    expect(losses[1]!).toBeLessThan(losses[0]!);
    for (let k = 1; k < losses.length; k++) expect(losses[k]!, `sweep ${k + 1}`).toBeLessThanOrEqual(losses[k - 1]! * (1 + 1e-6));
  });

  it('pushes a disliked item’s score down compared with no feedback', () => {
    const neutral = trainImplicitAls(blockMatrix(), { factors: f, iterations: 15 });
    const disliked = trainImplicitAls(blockMatrix([{ user: 0, item: 0, value: -1 }]), { factors: f, iterations: 15 });
    const before = score(userRow(neutral.userFactors, 0, f), neutral.itemFactors, 0, f);
    const after = score(userRow(disliked.userFactors, 0, f), disliked.itemFactors, 0, f);
    expect(before).toBeGreaterThan(0.3);
    expect(after).toBeLessThan(before - 0.1);
  });

  it('is deterministic for a seed, and the seed matters', () => {
    const matrix = blockMatrix();
    const a = trainImplicitAls(matrix, { factors: f, iterations: 2, seed: 1 });
    const b = trainImplicitAls(matrix, { factors: f, iterations: 2, seed: 1 });
    const c = trainImplicitAls(matrix, { factors: f, iterations: 2, seed: 2 });
    expect(b.itemFactors).toEqual(a.itemFactors);
    expect(b.userFactors).toEqual(a.userFactors);
    expect(c.itemFactors).not.toEqual(a.itemFactors);
  });

  it('uses the §5 defaults and records λ and α on the model', () => {
    const model = trainImplicitAls(blockMatrix(), { iterations: 1 });
    expect(model.factors).toBe(64);
    expect(model.userFactors).toHaveLength(8 * 64);
    expect(model.itemFactors).toHaveLength(8 * 64);
    expect([model.regularization, model.alpha]).toEqual([0.1, 40]);
    expect(model.userIds).toEqual(['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7']);
  });

  it('gives a user with only negative feedback a zero vector', () => {
    const matrix = blockMatrix([{ user: 8, item: 1, value: -2 }]);
    const model = trainImplicitAls(matrix, { factors: f, iterations: 3 });
    expect([...userRow(model.userFactors, 8, f)]).toEqual([0, 0, 0, 0]);
  });

  it('rejects a malformed matrix before indexing into it', () => {
    const matrix = blockMatrix();
    const badColumn = { ...matrix, colIdx: matrix.colIdx.map((item, k) => (k === 3 ? 8 : item)) };
    expect(() => trainImplicitAls(badColumn)).toThrow(expect.objectContaining({ code: 'DIMENSION_MISMATCH', message: 'feedback matrix entry 3 names item 8 of 8' }));
    const nan = { ...matrix, values: matrix.values.map((value, k) => (k === 0 ? Number.NaN : value)) };
    expect(() => trainImplicitAls(nan)).toThrow(expect.objectContaining({ code: 'INVALID_FEEDBACK', message: 'feedback matrix entry 0 is not a finite number: NaN' }));
    expect(() => trainImplicitAls({ ...matrix, userIds: matrix.userIds.slice(1) })).toThrow(expect.objectContaining({ code: 'DIMENSION_MISMATCH' }));
  });

  it('rejects bad options with a TypeError naming the option', () => {
    const matrix = blockMatrix();
    expect(() => trainImplicitAls(matrix, { factors: 0 })).toThrow(new TypeError('options.factors must be a positive integer, got 0'));
    expect(() => trainImplicitAls(matrix, { regularization: 0 })).toThrow(/^options\.regularization must be/);
    expect(() => trainImplicitAls(matrix, { alpha: Number.NaN })).toThrow(/^options\.alpha must be/);
    expect(() => trainImplicitAls(matrix, { iterations: 1.5 })).toThrow(/^options\.iterations must be/);
  });
});
