import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeOnnxModel, ONNX_FLOAT, ONNX_INT64 } from '../../src/lib/onnxModel.js';

/** Hidden size of the tiny graph. */
export const TINY_DIMENSIONS = 8;

/**
 * The value the tiny graph's embedding table holds for token `id`, dimension `k`: distinct per token, so pooled
 * vectors tell which tokens went in. Tests compute expected embeddings from this same function.
 */
export function tinyTokenVector(id: number, k: number): number {
  return Math.sin(id * 0.37 + k * 1.1) + (k === 0 ? 1 : 0);
}

/**
 * A tiny ONNX graph with the signature of a BERT sentence-transformer export: `input_ids`, `attention_mask`,
 * `token_type_ids` (int64 [batch, sequence]) → `last_hidden_state` (float [batch, sequence, 8]). The hidden state
 * is a Gather from a [vocabularySize, 8] table on `input_ids` plus a Gather from a token-type table (row 0 = 0.5)
 * on `token_type_ids`; the mask multiplies nothing, so padded positions carry real, non-zero vectors (as in BERT)
 * and only correct pooling ignores them.
 */
export function tinyBertGraph(vocabularySize: number, options: { inputs?: string[] } = {}): Uint8Array {
  const table = new Float32Array(vocabularySize * TINY_DIMENSIONS);
  for (let id = 0; id < vocabularySize; id++) for (let k = 0; k < TINY_DIMENSIONS; k++) table[id * TINY_DIMENSIONS + k] = tinyTokenVector(id, k);
  const inputs = options.inputs ?? ['input_ids', 'attention_mask', 'token_type_ids'];
  const useTypes = inputs.includes('token_type_ids');
  return encodeOnnxModel({
    name: 'tiny_bert',
    inputs: inputs.map((name) => ({ name, type: ONNX_INT64, shape: ['batch', 'sequence'] })),
    outputs: [{ name: 'last_hidden_state', type: ONNX_FLOAT, shape: ['batch', 'sequence', TINY_DIMENSIONS] }],
    initializers: [
      { name: 'word_table', dims: [vocabularySize, TINY_DIMENSIONS], data: table },
      { name: 'type_table', dims: [2, TINY_DIMENSIONS], data: new Float32Array(2 * TINY_DIMENSIONS).fill(0.5) },
    ],
    nodes: useTypes
      ? [
          { op: 'Gather', inputs: ['word_table', 'input_ids'], outputs: ['words'], attributes: { axis: 0 } },
          { op: 'Gather', inputs: ['type_table', 'token_type_ids'], outputs: ['types'], attributes: { axis: 0 } },
          { op: 'Add', inputs: ['words', 'types'], outputs: ['last_hidden_state'] },
        ]
      : [{ op: 'Gather', inputs: ['word_table', 'input_ids'], outputs: ['last_hidden_state'], attributes: { axis: 0 } }],
  });
}

/** Lays out a model folder in the standard layout: the real tokenizer files plus the tiny graph as onnx/model.onnx. */
export async function writeTinyModelDir(dir: string, tokenizerDir: string, vocabularySize: number, options: { inputs?: string[] } = {}): Promise<void> {
  await mkdir(join(dir, 'onnx'), { recursive: true });
  await cp(tokenizerDir, dir, { recursive: true });
  await writeFile(join(dir, 'onnx', 'model.onnx'), tinyBertGraph(vocabularySize, options));
}
