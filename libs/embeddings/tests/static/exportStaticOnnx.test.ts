import ort from 'onnxruntime-node';
import onnxProto from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { exportStaticOnnx, STATIC_GRAPH } from '../../src/static/exportStaticOnnx.js';

describe('exportStaticOnnx', () => {
  // 3 words × 2 dimensions.
  const table = Float32Array.of(1, 0, 0, 2, 3, 4);
  const bytes = exportStaticOnnx(table, 3, 2, { modelId: 'test' });

  it('writes an opset-13 model with the documented inputs, output and metadata', () => {
    const model = onnxProto.onnx.ModelProto.decode(bytes);
    expect(model.opsetImport.map((o) => Number(o.version))).toEqual([13]);
    expect(model.graph?.input?.map((i) => i.name)).toEqual(['token_ids', 'weights']);
    expect(model.graph?.output?.map((o) => o.name)).toEqual(['embedding']);
    expect(model.metadataProps.map((p) => [p.key, p.value])).toEqual([['modelId', 'test']]);
    expect(new Set(model.graph?.node?.map((n) => n.opType))).toEqual(new Set(['Gather', 'Unsqueeze', 'Mul', 'ReduceSum', 'Max', 'Div', 'Sqrt']));
  });

  it('computes the weighted mean of the gathered rows, L2-normalised, in onnxruntime', async () => {
    const session = await ort.InferenceSession.create(bytes);
    try {
      const ids = new ort.Tensor('int64', BigInt64Array.of(0n, 1n, 2n, 0n, 0n, 0n), [2, 3]);
      // Row 0: 1·(1,0) + 1·(0,2) + 0.5·(3,4) = (2.5, 4) → /‖·‖. Row 1: all weights 0 → zero vector, not NaN.
      const weights = new ort.Tensor('float32', Float32Array.of(1, 1, 0.5, 0, 0, 0), [2, 3]);
      const output = (await session.run({ [STATIC_GRAPH.tokenIds]: ids, [STATIC_GRAPH.weights]: weights }))[STATIC_GRAPH.output]!;
      expect(output.dims).toEqual([2, 2]);
      const norm = Math.hypot(2.5, 4);
      expect([...(output.data as Float32Array)].map((v) => Number(v.toFixed(6)))).toEqual([2.5 / norm, 4 / norm, 0, 0].map((v) => Number(v.toFixed(6))));
    } finally {
      await session.release();
    }
  });

  it('refuses a table of the wrong size', () => {
    expect(() => exportStaticOnnx(new Float32Array(5), 3, 2)).toThrow(new TypeError('embeddings must hold 3 × 2 values, got 5'));
  });
});
