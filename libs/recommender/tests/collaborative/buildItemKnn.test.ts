import { describe, expect, it } from 'vitest';
import { buildFeedbackMatrix } from '../../src/collaborative/buildFeedbackMatrix.js';
import { buildItemKnn, type ItemKnnModel } from '../../src/collaborative/buildItemKnn.js';
import { mulberry32 } from '../../src/lib/mulberry32.js';
import { threeByThree } from './support/threeByThree.js';

function similarity(model: ItemKnnModel, i: number, j: number): number {
  for (let slot = i * model.k; slot < (i + 1) * model.k; slot++) if (model.neighbors[slot] === j) return model.similarities[slot]!;
  return 0;
}

describe('buildItemKnn', () => {
  it('computes the co-consumption cosine on a 3 × 3 example, best neighbour first', () => {
    const model = buildItemKnn(threeByThree, { neighbors: 3, shrink: 0 });
    expect(model.k).toBe(3);
    expect(similarity(model, 0, 1)).toBeCloseTo(2 / Math.sqrt(6), 6);
    expect(similarity(model, 0, 2)).toBeCloseTo(1 / 2, 6);
    expect(similarity(model, 1, 2)).toBeCloseTo(2 / Math.sqrt(6), 6);
    expect([...model.neighbors]).toEqual([1, 2, -1, 0, 2, -1, 1, 0, -1]);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(similarity(model, i, j)).toBe(similarity(model, j, i));
  });

  it('shrinks pairs seen by few users', () => {
    const model = buildItemKnn(threeByThree, { neighbors: 2, shrink: 1 });
    expect(similarity(model, 0, 1)).toBeCloseTo(2 / (Math.sqrt(6) + 1), 6);
    expect(similarity(model, 2, 0)).toBeCloseTo(1 / 3, 6);
  });

  it('keeps only the top k, and similarities stay symmetric on a random matrix', () => {
    const random = mulberry32(5);
    const entries = [];
    for (let u = 0; u < 40; u++) for (let i = 0; i < 15; i++) if (random() < 0.3) entries.push({ userId: `u${u}`, itemId: `i${i}`, value: random() < 0.8 ? 1 : -1 });
    const matrix = buildFeedbackMatrix(entries);
    const full = buildItemKnn(matrix, { neighbors: 14 });
    for (let i = 0; i < 15; i++) for (let j = 0; j < 15; j++) expect(similarity(full, i, j)).toBe(similarity(full, j, i));
    const top2 = buildItemKnn(matrix, { neighbors: 2 });
    for (let i = 0; i < 15; i++) {
      expect([...top2.similarities.subarray(i * 2, i * 2 + 2)]).toEqual([...full.similarities.subarray(i * 14, i * 14 + 2)]);
    }
  });

  it('rejects bad options', () => {
    expect(() => buildItemKnn(threeByThree, { neighbors: 0 })).toThrow(new TypeError('options.neighbors must be a positive integer, got 0'));
    expect(() => buildItemKnn(threeByThree, { shrink: -1 })).toThrow(new TypeError('options.shrink must be a finite number ≥ 0, got -1'));
  });
});
