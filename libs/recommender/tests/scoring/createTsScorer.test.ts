import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTsScorer } from '@media-gateway/recommender';
import { bruteForceTopK } from './randomVector.js';

const list = (result: { indices: Int32Array; scores: Float32Array }) => ({ indices: [...result.indices], scores: [...result.scores] });

describe('createTsScorer', () => {
  // items (1,0), (0,1), (1,1), (2,−1) in 2 dimensions.
  const items = Float32Array.of(1, 0, 0, 1, 1, 1, 2, -1);
  const scorer = createTsScorer(items, 2);

  it('returns the top k by (user + delta) · item, best first', async () => {
    expect(scorer.itemCount).toBe(4);
    expect(scorer.dims).toBe(2);
    expect(list(await scorer.topK(Float32Array.of(1, 0), undefined, 2))).toEqual({ indices: [3, 0], scores: [2, 1] });
    expect(list(await scorer.topK(Float32Array.of(1, 0), Float32Array.of(0, 2), 2))).toEqual({ indices: [2, 1], scores: [3, 2] });
  });

  it('orders equal scores by the lower index, as ONNX Runtime TopK does', async () => {
    // user (0,1) scores the items 0, 1, 1, −1: items 1 and 2 tie.
    expect(list(await scorer.topK(Float32Array.of(0, 1), undefined, 3))).toEqual({ indices: [1, 2, 0], scores: [1, 1, 0] });
  });

  it('never returns an excluded item, and exclusions do not shorten the list', async () => {
    const result = await scorer.topK(Float32Array.of(1, 0), undefined, 2, new Set([3, 0, 99, -1]));
    expect(list(result)).toEqual({ indices: [2, 1], scores: [1, 0] });
  });

  it('returns every item left when k is larger than the catalogue, and handles a single item', async () => {
    expect([...(await scorer.topK(Float32Array.of(1, 0), undefined, 50, new Set([1]))).indices]).toEqual([3, 0, 2]);
    const one = createTsScorer(Float32Array.of(0.5, 2), 2);
    expect(list(await one.topK(Float32Array.of(2, 1), undefined, 5))).toEqual({ indices: [0], scores: [3] });
    expect(list(await one.topK(Float32Array.of(2, 1), undefined, 5, new Set([0])))).toEqual({ indices: [], scores: [] });
  });

  it('rejects vectors of the wrong dimension with DIMENSION_MISMATCH and a bad k with a TypeError', async () => {
    await expect(scorer.topK(Float32Array.of(1, 0, 0), undefined, 2)).rejects.toMatchObject({
      name: 'RecommenderError',
      code: 'DIMENSION_MISMATCH',
      message: 'the user vector has 3 dimensions, the items 2',
    });
    await expect(scorer.topK(Float32Array.of(1, 0), Float32Array.of(1), 2)).rejects.toMatchObject({
      code: 'DIMENSION_MISMATCH',
      message: 'the delta vector has 1 dimensions, the items 2',
    });
    await expect(scorer.topK(Float32Array.of(1, 0), undefined, 1.5)).rejects.toThrow(new TypeError('k must be a positive integer, got 1.5'));
    expect(() => createTsScorer(Float32Array.of(1, 2, 3), 2)).toThrow(expect.objectContaining({ code: 'DIMENSION_MISMATCH' }));
  });

  it('matches a full sort for any matrix, query, k and exclusions (integer values, so sums are exact)', async () => {
    const value = fc.integer({ min: -4, max: 4 });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 9 }).chain((dims) =>
          fc.record({
            dims: fc.constant(dims),
            items: fc.array(fc.array(value, { minLength: dims, maxLength: dims }), { minLength: 1, maxLength: 40 }),
            user: fc.array(value, { minLength: dims, maxLength: dims }),
            delta: fc.option(fc.array(value, { minLength: dims, maxLength: dims }), { nil: undefined }),
            k: fc.integer({ min: 1, max: 50 }),
            exclude: fc.array(fc.integer({ min: 0, max: 45 }), { maxLength: 10 }),
          }),
        ),
        async ({ dims, items, user, delta, k, exclude }) => {
          const matrix = Float32Array.from(items.flat());
          const query = Float32Array.from(user, (u, j) => u + (delta?.[j] ?? 0));
          const result = await createTsScorer(matrix, dims).topK(Float32Array.from(user), delta && Float32Array.from(delta), k, new Set(exclude));
          expect([...result.indices]).toEqual(bruteForceTopK(matrix, dims, query, k, new Set(exclude)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
