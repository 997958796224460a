import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/Embedder.js';
import { loadSentenceTransformer } from '../../src/sentenceTransformer/loadSentenceTransformer.js';
import { hasMiniLmTokenizer, MINILM_TOKENIZER_DIR, MISSING_TOKENIZER_REASON } from '../support/sharedModels.js';
import { TINY_DIMENSIONS, tinyTokenVector, writeTinyModelDir } from '../support/tinyBertModel.js';

if (!hasMiniLmTokenizer) console.warn(MISSING_TOKENIZER_REASON);

/** What the tiny graph + mean pooling + L2 norm must give for these token ids, computed by hand. */
function expectedEmbedding(ids: number[]): number[] {
  const mean = Array.from({ length: TINY_DIMENSIONS }, (_, k) => ids.reduce((sum, id) => sum + tinyTokenVector(id, k) + 0.5, 0) / ids.length);
  const norm = Math.hypot(...mean);
  return mean.map((v) => v / norm);
}

const rounded = (vector: Float32Array | number[]): number[] => [...vector].map((v) => Number(v.toFixed(5)));

describe.skipIf(!hasMiniLmTokenizer)('loadSentenceTransformer (real tokenizer files, tiny graph of the same signature)', () => {
  const dirs: string[] = [];
  let embedder: Embedder;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'model-dir-'));
    dirs.push(dir);
    await writeTinyModelDir(dir, MINILM_TOKENIZER_DIR, 30_522);
    embedder = await loadSentenceTransformer(dir, { provider: 'model-dir', modelId: 'tiny', batchSize: 2 });
  });
  afterAll(async () => {
    await embedder?.close();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('learns the dimensions from a probe run', () => {
    expect(embedder.dimensions).toBe(TINY_DIMENSIONS);
    expect(embedder.describe()).toMatchObject({ provider: 'model-dir', modelId: 'tiny', dimensions: TINY_DIMENSIONS, maxTokens: 256 });
  });

  it('mean-pools last_hidden_state over the attention mask and L2-normalises', async () => {
    const [vector] = await embedder.embed(['bank robbery crime drama']);
    expect(rounded(vector!)).toEqual(rounded(expectedEmbedding([101, 2924, 13742, 4126, 3689, 102])));
    expect(Math.hypot(...vector!)).toBeCloseTo(1, 5);
  });

  it('gives every text the same vector alone or padded in a batch, in input order', async () => {
    const texts = ['crime', 'bank robbery crime drama', 'drama', '   ', 'crime'];
    const vectors = await embedder.embed(texts);
    expect(rounded(vectors[0]!)).toEqual(rounded(expectedEmbedding([101, 4126, 102])));
    expect(rounded(vectors[1]!)).toEqual(rounded(expectedEmbedding([101, 2924, 13742, 4126, 3689, 102])));
    expect(rounded(vectors[2]!)).toEqual(rounded(expectedEmbedding([101, 3689, 102])));
    expect(rounded(vectors[4]!)).toEqual(rounded(vectors[0]!));
  });

  it('embeds empty or whitespace-only text as a zero vector', async () => {
    const [empty, blank] = await embedder.embed(['', ' \n ']);
    expect([...empty!]).toEqual(new Array(TINY_DIMENSIONS).fill(0));
    expect([...blank!]).toEqual(new Array(TINY_DIMENSIONS).fill(0));
  });

  it('works with a graph that has no token_type_ids input', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'model-dir-'));
    dirs.push(dir);
    await writeTinyModelDir(dir, MINILM_TOKENIZER_DIR, 30_522, { inputs: ['input_ids', 'attention_mask'] });
    const twoInputs = await loadSentenceTransformer(dir, { provider: 'model-dir', modelId: 'tiny' });
    try {
      const [vector] = await twoInputs.embed(['crime']);
      const mean = Array.from({ length: TINY_DIMENSIONS }, (_, k) => [101, 4126, 102].reduce((s, id) => s + tinyTokenVector(id, k), 0) / 3);
      expect(rounded(vector!)).toEqual(rounded(mean.map((v) => v / Math.hypot(...mean))));
    } finally {
      await twoInputs.close();
    }
  });

  it('refuses a graph without attention_mask and a folder without onnx/model.onnx', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'model-dir-'));
    dirs.push(dir);
    await writeTinyModelDir(dir, MINILM_TOKENIZER_DIR, 30_522, { inputs: ['input_ids'] });
    await expect(loadSentenceTransformer(dir, { provider: 'model-dir', modelId: 'x' })).rejects.toMatchObject({
      code: 'MODEL_INVALID',
      message: `${join(dir, 'onnx', 'model.onnx')} has no attention_mask input (inputs: input_ids)`,
    });
    await expect(loadSentenceTransformer(MINILM_TOKENIZER_DIR, { provider: 'model-dir', modelId: 'x' })).rejects.toMatchObject({
      code: 'MODEL_NOT_FOUND',
      message: `no onnx/model.onnx in ${MINILM_TOKENIZER_DIR}`,
    });
  });
});
