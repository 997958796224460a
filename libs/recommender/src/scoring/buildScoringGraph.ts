import { encodeOnnxModel, ONNX_FLOAT, ONNX_INT64 } from '@media-gateway/embeddings';
import { checkK, itemCountOf } from './checkScoringInput.js';

/** Input and output names of the scoring graph. */
export const SCORING_GRAPH = { user: 'user', delta: 'delta', scores: 'scores', indices: 'indices' } as const;

/**
 * The personalisation scoring graph (issue 7 "Serving": user vector plus adapter delta · item matrix, top-k):
 *
 *   user float [1, d], delta float [1, d]
 *   → Add                                   query [1, d]
 *   → MatMul(query, items_t [d, N])         one score per item [1, N]
 *   → TopK(k, axis −1, largest, sorted)     scores float [1, k], indices int64 [1, k]
 *
 * `itemMatrix` is N × d row-major (an ALS item-factor matrix or content vectors); it is stored transposed so the
 * MatMul is a plain [1, d] × [d, N] product. k is an int64 initializer: onnxruntime-node only feeds declared inputs,
 * so it is fixed per graph (the ONNX scorer rebuilds with a larger one when asked for more). A k above N is clamped
 * to N, since TopK rejects a K longer than its axis. Only opset-13 standard operators are used.
 */
export function buildScoringGraph(itemMatrix: Float32Array, dims: number, k: number): Uint8Array {
  const itemCount = itemCountOf(itemMatrix, dims);
  checkK(k);
  const kept = Math.min(k, itemCount);
  return encodeOnnxModel({
    name: 'recommender_scoring',
    docString: 'Top-k items by (user + delta) · item (@media-gateway/recommender).',
    metadata: { dims: String(dims), items: String(itemCount), k: String(kept) },
    inputs: [
      { name: SCORING_GRAPH.user, type: ONNX_FLOAT, shape: [1, dims] },
      { name: SCORING_GRAPH.delta, type: ONNX_FLOAT, shape: [1, dims] },
    ],
    outputs: [
      { name: SCORING_GRAPH.scores, type: ONNX_FLOAT, shape: [1, kept] },
      { name: SCORING_GRAPH.indices, type: ONNX_INT64, shape: [1, kept] },
    ],
    initializers: [
      { name: 'items_t', dims: [dims, itemCount], data: transpose(itemMatrix, itemCount, dims) },
      { name: 'k', dims: [1], data: BigInt64Array.of(BigInt(kept)) },
    ],
    nodes: [
      { op: 'Add', inputs: [SCORING_GRAPH.user, SCORING_GRAPH.delta], outputs: ['query'] },
      { op: 'MatMul', inputs: ['query', 'items_t'], outputs: ['item_scores'] },
      { op: 'TopK', inputs: ['item_scores', 'k'], outputs: [SCORING_GRAPH.scores, SCORING_GRAPH.indices], attributes: { axis: -1, largest: 1, sorted: 1 } },
    ],
  });
}

function transpose(matrix: Float32Array, rows: number, columns: number): Float32Array {
  const out = new Float32Array(matrix.length);
  for (let i = 0; i < rows; i++) {
    for (let j = 0, from = i * columns; j < columns; j++) out[j * rows + i] = matrix[from + j]!;
  }
  return out;
}
