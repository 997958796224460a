import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbedder } from '../src/createEmbedder.js';
import { EmbeddingError } from '../src/errors.js';
import { staticModelDir } from '../src/static/staticModelFiles.js';
import { writeStaticModel } from '../src/static/writeStaticModel.js';
import { hasMiniLmTokenizer, MINILM_TOKENIZER_DIR, MISSING_TOKENIZER_REASON } from './support/sharedModels.js';
import { TINY_DIMENSIONS, writeTinyModelDir } from './support/tinyBertModel.js';

if (!hasMiniLmTokenizer) console.warn(MISSING_TOKENIZER_REASON);

const offlineFetch = (async () => {
  throw new TypeError('fetch failed: getaddrinfo ENOTFOUND huggingface.co');
}) as typeof fetch;

describe('createEmbedder', () => {
  const dirs: string[] = [];
  let cacheDir: string;

  beforeAll(async () => {
    // A cache holding a hand-written static model, so these tests never run the real (slow) build.
    cacheDir = await mkdtemp(join(tmpdir(), 'embedder-cache-'));
    dirs.push(cacheDir);
    await writeStaticModel(staticModelDir(cacheDir), {
      words: ['bank', 'robbery'],
      weights: [1, 1],
      vectors: Float32Array.of(1, 0, 0, 1),
      dimensions: 2,
      modelId: 'tiny-static',
      sources: {},
      options: {},
      buildSeconds: 0,
    });
  });
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it.skipIf(!hasMiniLmTokenizer)('uses the model in modelDir first', async () => {
    const modelDir = await mkdtemp(join(tmpdir(), 'model-dir-'));
    dirs.push(modelDir);
    await writeTinyModelDir(modelDir, MINILM_TOKENIZER_DIR, 30_522);
    const embedder = await createEmbedder({ modelDir, cacheDir, fetch: offlineFetch });
    try {
      expect(embedder.describe()).toEqual({ provider: 'model-dir', modelId: basename(modelDir), dimensions: TINY_DIMENSIONS, location: modelDir, maxTokens: 256, skipped: [] });
      expect((await embedder.embed(['bank robbery']))[0]).toHaveLength(TINY_DIMENSIONS);
    } finally {
      await embedder.close();
    }
  });

  it('falls through a missing model dir and a failed download to the static model, saying why', async () => {
    const logged: string[] = [];
    const embedder = await createEmbedder({ modelDir: join(cacheDir, 'no-such-model'), cacheDir, fetch: offlineFetch, buildStaticModel: false, log: (m) => logged.push(m) });
    try {
      expect(embedder.provider).toBe('static');
      expect(embedder.describe()).toMatchObject({ provider: 'static', modelId: 'tiny-static', dimensions: 2 });
      expect(embedder.describe().skipped).toEqual([
        { provider: 'model-dir', code: 'MODEL_NOT_FOUND', reason: `no onnx/model.onnx in ${join(cacheDir, 'no-such-model')}` },
        {
          provider: 'model-cache',
          code: 'DOWNLOAD_FAILED',
          reason: 'could not reach https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/resolve/main/config.json: fetch failed: getaddrinfo ENOTFOUND huggingface.co',
        },
      ]);
      expect(logged.filter((line) => line.includes(' skipped '))).toEqual([
        expect.stringMatching(/^embeddings: model-dir skipped \(MODEL_NOT_FOUND\): /),
        expect.stringMatching(/^embeddings: model-cache skipped \(DOWNLOAD_FAILED\): /),
      ]);
      expect([...(await embedder.embed(['robbery']))[0]!]).toEqual([0, 1]);
    } finally {
      await embedder.close();
    }
  });

  it('rejects a download whose checksum does not match the published one and falls through', async () => {
    const tampered = (async () => new Response('x'.repeat(612))) as typeof fetch;
    const embedder = await createEmbedder({ cacheDir, fetch: tampered, download: 'https://mirror.invalid/minilm', buildStaticModel: false });
    try {
      expect(embedder.describe().skipped).toEqual([
        { provider: 'model-dir', code: 'MODEL_NOT_FOUND', reason: 'EMBEDDING_MODEL_DIR is not set' },
        { provider: 'model-cache', code: 'CHECKSUM_MISMATCH', reason: expect.stringMatching(/^config\.json from https:\/\/mirror\.invalid\/minilm\/config\.json has 612 bytes and sha256 [0-9a-f]{64}; published: 612 bytes, 953f9c0d/) },
      ]);
      expect(embedder.provider).toBe('static');
    } finally {
      await embedder.close();
    }
  });

  it('does not download when downloads are off', async () => {
    let fetched = false;
    const embedder = await createEmbedder({ cacheDir, allowDownload: false, buildStaticModel: false, fetch: (async () => ((fetched = true), new Response(''))) as typeof fetch });
    try {
      expect(embedder.describe().skipped[1]).toMatchObject({ provider: 'model-cache', code: 'DOWNLOAD_DISABLED' });
      expect(fetched).toBe(false);
    } finally {
      await embedder.close();
    }
  });

  it('throws NO_PROVIDER with every reason when even the static model is missing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'embedder-empty-'));
    dirs.push(empty);
    const error = await createEmbedder({ cacheDir: empty, allowDownload: false, buildStaticModel: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddingError);
    expect(error).toMatchObject({ code: 'NO_PROVIDER', message: expect.stringContaining(`static: no static model in ${staticModelDir(empty)}`) });
    expect((error as { skipped: unknown[] }).skipped).toHaveLength(3);
  });

  it('requires cacheDir', async () => {
    await expect(createEmbedder({ cacheDir: '' })).rejects.toThrow(new TypeError('createEmbedder: cacheDir is required'));
  });
});
