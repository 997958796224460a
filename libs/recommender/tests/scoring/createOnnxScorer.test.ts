import { afterEach, describe, expect, it } from 'vitest';
import { createOnnxScorer, createTsScorer, type OnnxScorer, type ScoredItems } from '@media-gateway/recommender';
import { randomVector } from './randomVector.js';

const open: OnnxScorer[] = [];
const onnxScorer = async (...args: Parameters<typeof createOnnxScorer>) => {
  const scorer = await createOnnxScorer(...args);
  open.push(scorer);
  return scorer;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((scorer) => scorer.close()));
});

/** Same items in the same order, scores within 1e-4: the contract between the two scorers. */
function expectAgreement(onnx: ScoredItems, ts: ScoredItems): void {
  expect([...onnx.indices]).toEqual([...ts.indices]);
  expect(onnx.scores.length).toBe(ts.scores.length);
  onnx.scores.forEach((score, i) => expect(Math.abs(score - ts.scores[i]!)).toBeLessThan(1e-4));
}

describe('createOnnxScorer', () => {
  // Unit-scale entries (like L2-normalised content vectors or ALS factors), so 1e-4 is a meaningful tolerance.
  const cases = [
    { name: 'one item', items: 1, dims: 4, k: 5 },
    { name: 'k larger than N', items: 7, dims: 3, k: 20 },
    { name: 'ALS-sized factors', items: 500, dims: 64, k: 50 },
    { name: 'sentence-embedding-sized vectors', items: 300, dims: 384, k: 100 },
  ];
  for (const [c, { name, items, dims, k }] of cases.entries()) {
    it(`agrees with the TypeScript scorer: ${name} (N=${items}, d=${dims}, k=${k}), with and without delta and exclusions`, async () => {
      const scale = 1 / Math.sqrt(dims);
      const matrix = randomVector(items * dims, 100 + c, 1);
      const onnx = await onnxScorer(matrix, dims, { k: 64 });
      const ts = createTsScorer(matrix, dims);
      for (let trial = 0; trial < 5; trial++) {
        const user = randomVector(dims, 1000 * c + trial, scale);
        const delta = randomVector(dims, 2000 * c + trial, scale / 4);
        const best = await ts.topK(user, delta, Math.min(items, 10));
        // The items that would rank first, plus indices that name no item: the list must still come back full.
        const exclude = new Set([...best.indices.slice(0, 3 + trial), items + 5]);
        for (const [d, x] of [[undefined, undefined], [delta, undefined], [undefined, exclude], [delta, exclude]] as const) {
          expectAgreement(await onnx.topK(user, d, k, x), await ts.topK(user, d, k, x));
        }
        const kept = await onnx.topK(user, delta, k, exclude);
        expect(kept.indices.length).toBe(Math.min(k, items - (exclude.size - 1)));
        expect([...kept.indices].some((index) => exclude.has(index))).toBe(false);
      }
    });
  }

  it('agrees on ties: equal scores come back lower index first from both', async () => {
    // Rows 0, 2 and 4 are the same item, as are rows 1 and 3.
    const matrix = Float32Array.of(0.5, 0.25, 0.1, 0.9, 0.5, 0.25, 0.1, 0.9, 0.5, 0.25);
    const onnx = await onnxScorer(matrix, 2);
    const ts = createTsScorer(matrix, 2);
    for (const user of [Float32Array.of(1, 0), Float32Array.of(0, 1)]) {
      expectAgreement(await onnx.topK(user, undefined, 5), await ts.topK(user, undefined, 5));
    }
    expect([...(await onnx.topK(Float32Array.of(1, 0), undefined, 3)).indices]).toEqual([0, 2, 4]);
  });

  it('rebuilds with a larger k when k + |exclude| exceeds the graph’s, and keeps agreeing', async () => {
    const dims = 8;
    const matrix = randomVector(200 * dims, 7);
    const onnx = await onnxScorer(matrix, dims, { k: 4 });
    const ts = createTsScorer(matrix, dims);
    const user = randomVector(dims, 8);
    const exclude = new Set((await ts.topK(user, undefined, 30)).indices);
    expectAgreement(await onnx.topK(user, undefined, 10, exclude), await ts.topK(user, undefined, 10, exclude));
    expectAgreement(await onnx.topK(user, undefined, 500), await ts.topK(user, undefined, 500));
  });

  it('reloads a retrained matrix atomically: a call already running finishes on the old one', async () => {
    const dims = 16;
    const before = randomVector(100 * dims, 1);
    const after = randomVector(250 * dims, 2);
    const user = randomVector(dims, 3);
    const onnx = await onnxScorer(before, dims, { k: 20 });

    const inFlight = onnx.topK(user, undefined, 10);
    const reloaded = onnx.reload(after);
    expectAgreement(await inFlight, await createTsScorer(before, dims).topK(user, undefined, 10));
    await reloaded;

    expect(onnx.itemCount).toBe(250);
    expectAgreement(await onnx.topK(user, undefined, 10), await createTsScorer(after, dims).topK(user, undefined, 10));
  });

  it('rejects a reload of another dimension and keeps serving the current matrix', async () => {
    const dims = 4;
    const matrix = randomVector(10 * dims, 4);
    const onnx = await onnxScorer(matrix, dims);
    await expect(onnx.reload(new Float32Array(10))).rejects.toMatchObject({ code: 'DIMENSION_MISMATCH', message: 'an item matrix of 10 values is not N × 4' });
    expect(onnx.itemCount).toBe(10);
    expect((await onnx.topK(randomVector(dims, 5), undefined, 3)).indices.length).toBe(3);
  });

  it('finishes calls in flight on close, then rejects with SCORER_CLOSED', async () => {
    const dims = 4;
    const matrix = randomVector(50 * dims, 6);
    const onnx = await createOnnxScorer(matrix, dims);
    const user = randomVector(dims, 7);
    const inFlight = onnx.topK(user, undefined, 5);
    await onnx.close();
    expectAgreement(await inFlight, await createTsScorer(matrix, dims).topK(user, undefined, 5));
    await expect(onnx.topK(user, undefined, 5)).rejects.toMatchObject({ name: 'RecommenderError', code: 'SCORER_CLOSED' });
    await expect(onnx.reload(matrix)).rejects.toMatchObject({ code: 'SCORER_CLOSED' });
  });

  it('rejects vectors of the wrong dimension and a bad k option', async () => {
    const onnx = await onnxScorer(randomVector(12, 8), 3);
    await expect(onnx.topK(new Float32Array(4), undefined, 2)).rejects.toMatchObject({ code: 'DIMENSION_MISMATCH', message: 'the user vector has 4 dimensions, the items 3' });
    await expect(onnx.topK(new Float32Array(3), new Float32Array(2), 2)).rejects.toMatchObject({ code: 'DIMENSION_MISMATCH' });
    await expect(createOnnxScorer(randomVector(12, 8), 3, { k: 0 })).rejects.toThrow(new TypeError('options.k must be a positive integer, got 0'));
  });
});
