import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddingError } from '../../src/errors.js';
import { loadStaticEmbedder } from '../../src/static/loadStaticEmbedder.js';
import { STATIC_MODEL_FILES } from '../../src/static/staticModelFiles.js';
import { writeStaticModel } from '../../src/static/writeStaticModel.js';
import type { Embedder } from '../../src/Embedder.js';

/** A 4-word, 3-dimension static model written by hand. */
const words = ['the', 'bank', 'robbery', 'casino'];
const weights = [0.01, 1, 0.5, 2];
const vectors = Float32Array.of(9, 9, 9, 1, 0, 0, 0, 1, 0, 0, 0, 1);

function expected(ids: number[]): number[] {
  const sum = [0, 0, 0];
  for (const id of ids) for (let k = 0; k < 3; k++) sum[k]! += weights[id]! * vectors[id * 3 + k]!;
  const norm = Math.hypot(...sum);
  return sum.map((v) => v / norm);
}

describe('loadStaticEmbedder', () => {
  let dir: string;
  let embedder: Embedder;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'static-model-'));
    await writeStaticModel(dir, { words, weights, vectors, dimensions: 3, modelId: 'tiny-static', sources: {}, options: {}, buildSeconds: 0 });
    embedder = await loadStaticEmbedder(dir, { batchSize: 2 });
  });
  afterAll(async () => {
    await embedder?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('returns the SIF-weighted mean of the word vectors, L2-normalised by the graph', async () => {
    const [vector] = await embedder.embed(['The bank robbery']);
    expect([...vector!].map((v) => Number(v.toFixed(5)))).toEqual(expected([0, 1, 2]).map((v) => Number(v.toFixed(5))));
  });

  it('keeps input order across batches of different lengths and pads without leaking', async () => {
    const texts = ['casino', 'the bank robbery casino', '', 'robbery', 'banks'];
    const vectors = await embedder.embed(texts);
    expect(vectors).toHaveLength(5);
    expect([...vectors[0]!].map((v) => Number(v.toFixed(5)))).toEqual(expected([3]).map((v) => Number(v.toFixed(5))));
    expect([...vectors[1]!].map((v) => Number(v.toFixed(5)))).toEqual(expected([0, 1, 2, 3]).map((v) => Number(v.toFixed(5))));
    expect([...vectors[3]!].map((v) => Number(v.toFixed(5)))).toEqual(expected([2]).map((v) => Number(v.toFixed(5))));
    expect([...vectors[4]!].map((v) => Number(v.toFixed(5)))).toEqual(expected([1]).map((v) => Number(v.toFixed(5))));
  });

  it('embeds empty text and text of unknown words as a zero vector', async () => {
    const [empty, unknown] = await embedder.embed(['', 'zzyzx qqq']);
    expect([...empty!]).toEqual([0, 0, 0]);
    expect([...unknown!]).toEqual([0, 0, 0]);
  });

  it('describes itself for /health', () => {
    expect(embedder.describe()).toEqual({ provider: 'static', modelId: 'tiny-static', dimensions: 3, location: dir, maxTokens: 512, skipped: [] });
  });

  it('refuses a folder without a manifest, and a manifest of another version', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'static-empty-'));
    try {
      await expect(loadStaticEmbedder(empty)).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND' });
      await writeFile(join(empty, STATIC_MODEL_FILES.manifest), JSON.stringify({ format: 'media-gateway/static-word-embeddings', version: 0 }));
      const error = await loadStaticEmbedder(empty).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EmbeddingError);
      expect(error).toMatchObject({ code: 'MODEL_INVALID', message: expect.stringContaining('version 0') });
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
