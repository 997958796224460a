import { encodeOnnxModel, ONNX_FLOAT, ONNX_INT64 } from '../lib/onnxModel.js';

/** Input and output names of the static model graph. */
export const STATIC_GRAPH = { tokenIds: 'token_ids', weights: 'weights', output: 'embedding' } as const;

/**
 * The static model as an ONNX graph, so it runs through the same onnxruntime path as a transformer:
 *
 *   token_ids int64 [batch, seq], weights float [batch, seq] (0 for padding)
 *   → Gather(embeddings [vocab, dims], token_ids)              [batch, seq, dims]
 *   → Mul(·, Unsqueeze(weights, 2)) → ReduceSum(axis 1)         weighted sum [batch, dims]
 *   → Div(·, max(ReduceSum(weights, 1), ε))                     weighted mean
 *   → Div(·, max(sqrt(ReduceSum(x², 1)), ε))                    L2 norm → embedding float [batch, dims]
 *
 * The ε guards make a row whose weights are all 0 (no known word) come out as a zero vector instead of NaN.
 * Only opset-13 standard operators are used.
 */
export function exportStaticOnnx(embeddings: Float32Array, vocabularySize: number, dimensions: number, metadata: Record<string, string> = {}): Uint8Array {
  if (embeddings.length !== vocabularySize * dimensions) throw new TypeError(`embeddings must hold ${vocabularySize} × ${dimensions} values, got ${embeddings.length}`);
  return encodeOnnxModel({
    name: 'static_word_embeddings',
    docString: 'Weighted mean of static word vectors, L2-normalised (@media-gateway/embeddings).',
    metadata,
    inputs: [
      { name: STATIC_GRAPH.tokenIds, type: ONNX_INT64, shape: ['batch', 'sequence'] },
      { name: STATIC_GRAPH.weights, type: ONNX_FLOAT, shape: ['batch', 'sequence'] },
    ],
    outputs: [{ name: STATIC_GRAPH.output, type: ONNX_FLOAT, shape: ['batch', dimensions] }],
    initializers: [
      { name: 'word_vectors', dims: [vocabularySize, dimensions], data: embeddings },
      { name: 'axis_1', dims: [1], data: BigInt64Array.of(1n) },
      { name: 'axis_2', dims: [1], data: BigInt64Array.of(2n) },
      { name: 'epsilon', dims: [], data: Float32Array.of(1e-12) },
    ],
    nodes: [
      { op: 'Gather', inputs: ['word_vectors', STATIC_GRAPH.tokenIds], outputs: ['gathered'], attributes: { axis: 0 } },
      { op: 'Unsqueeze', inputs: [STATIC_GRAPH.weights, 'axis_2'], outputs: ['weights_3d'] },
      { op: 'Mul', inputs: ['gathered', 'weights_3d'], outputs: ['weighted'] },
      { op: 'ReduceSum', inputs: ['weighted', 'axis_1'], outputs: ['weighted_sum'], attributes: { keepdims: 0 } },
      { op: 'ReduceSum', inputs: [STATIC_GRAPH.weights, 'axis_1'], outputs: ['weight_total'], attributes: { keepdims: 1 } },
      { op: 'Max', inputs: ['weight_total', 'epsilon'], outputs: ['weight_total_safe'] },
      { op: 'Div', inputs: ['weighted_sum', 'weight_total_safe'], outputs: ['mean'] },
      { op: 'Mul', inputs: ['mean', 'mean'], outputs: ['squares'] },
      { op: 'ReduceSum', inputs: ['squares', 'axis_1'], outputs: ['square_sum'], attributes: { keepdims: 1 } },
      { op: 'Sqrt', inputs: ['square_sum'], outputs: ['norm'] },
      { op: 'Max', inputs: ['norm', 'epsilon'], outputs: ['norm_safe'] },
      { op: 'Div', inputs: ['mean', 'norm_safe'], outputs: [STATIC_GRAPH.output] },
    ],
  });
}
