import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { buildScoringGraph, RecommenderError, SCORING_GRAPH } from '@media-gateway/recommender';

const run = async (bytes: Uint8Array, user: number[], delta: number[]) => {
  const session = await ort.InferenceSession.create(bytes);
  try {
    const output = await session.run({
      [SCORING_GRAPH.user]: new ort.Tensor('float32', Float32Array.from(user), [1, user.length]),
      [SCORING_GRAPH.delta]: new ort.Tensor('float32', Float32Array.from(delta), [1, delta.length]),
    });
    return { session: { inputs: session.inputNames, outputs: session.outputNames }, scores: output.scores!, indices: output.indices! };
  } finally {
    await session.release();
  }
};

describe('buildScoringGraph', () => {
  // items (1,0), (0,1), (1,1); user (1,0) + delta (0,0.5) = (1,0.5) → scores 1, 0.5, 1.5.
  const items = Float32Array.of(1, 0, 0, 1, 1, 1);

  it('scores (user + delta) · item and returns the top k, best first, as [1, k] tensors', async () => {
    const { session, scores, indices } = await run(buildScoringGraph(items, 2, 2), [1, 0], [0, 0.5]);
    expect(session).toEqual({ inputs: ['user', 'delta'], outputs: ['scores', 'indices'] });
    expect(indices.type).toBe('int64');
    expect(indices.dims).toEqual([1, 2]);
    expect([...(indices.data as BigInt64Array)]).toEqual([2n, 0n]);
    expect(scores.dims).toEqual([1, 2]);
    expect([...(scores.data as Float32Array)]).toEqual([1.5, 1]);
  });

  it('lets the delta change the ranking (the adapter personalises without touching the items)', async () => {
    const { indices } = await run(buildScoringGraph(items, 2, 1), [1, 0], [-1, 1]);
    expect([...(indices.data as BigInt64Array)]).toEqual([1n]);
  });

  it('clamps a k above the item count, which TopK would reject', async () => {
    const { indices, scores } = await run(buildScoringGraph(items, 2, 10), [1, 0], [0, 0]);
    expect([...(indices.data as BigInt64Array)]).toEqual([0n, 2n, 1n]);
    expect([...(scores.data as Float32Array)]).toEqual([1, 1, 0]);
  });

  it('rejects an item matrix that is not N × dims, an empty one, and a k that is not a positive integer', () => {
    expect(() => buildScoringGraph(Float32Array.of(1, 2, 3), 2, 1)).toThrow(
      expect.objectContaining({ name: 'RecommenderError', code: 'DIMENSION_MISMATCH', message: 'an item matrix of 3 values is not N × 2' }),
    );
    expect(() => buildScoringGraph(new Float32Array(0), 2, 1)).toThrow(RecommenderError);
    expect(() => buildScoringGraph(new Float32Array(0), 2, 1)).toThrow(expect.objectContaining({ code: 'EMPTY_ITEM_MATRIX' }));
    expect(() => buildScoringGraph(items, 2, 0)).toThrow(new TypeError('k must be a positive integer, got 0'));
    expect(() => buildScoringGraph(items, 0, 1)).toThrow(new TypeError('dims must be a positive integer, got 0'));
  });
});
