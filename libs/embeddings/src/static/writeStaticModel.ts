import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportStaticOnnx } from './exportStaticOnnx.js';
import { STATIC_MODEL_FILES, STATIC_MODEL_VERSION, type StaticModelManifest, type StaticVocabularyFile } from './staticModelFiles.js';

export interface StaticModelContent {
  words: readonly string[];
  /** SIF weight of each word, by id. */
  weights: ArrayLike<number>;
  /** Row-major [words, dimensions] word vectors. */
  vectors: Float32Array;
  dimensions: number;
  modelId: string;
  sources: Record<string, string>;
  options: Record<string, unknown>;
  buildSeconds: number;
}

/**
 * Writes a static model folder: `model.onnx` (the graph with the vectors inside), `vocab.json` and, last,
 * `manifest.json`. Each file is written under a temporary name and renamed, so a reader sees a complete model or
 * none, and a crashed build leaves no manifest behind.
 */
export async function writeStaticModel(outDir: string, content: StaticModelContent): Promise<StaticModelManifest> {
  const manifest: StaticModelManifest = {
    format: 'media-gateway/static-word-embeddings',
    version: STATIC_MODEL_VERSION,
    modelId: content.modelId,
    dimensions: content.dimensions,
    vocabularySize: content.words.length,
    sources: content.sources,
    options: content.options,
    builtAt: new Date().toISOString(),
    buildSeconds: content.buildSeconds,
  };
  const vocabulary: StaticVocabularyFile = { words: [...content.words], weights: Array.from(content.weights, (w) => Number(w.toPrecision(6))) };
  const model = exportStaticOnnx(content.vectors, content.words.length, content.dimensions, { modelId: content.modelId, version: String(STATIC_MODEL_VERSION) });
  await mkdir(outDir, { recursive: true });
  await writeAtomically(join(outDir, STATIC_MODEL_FILES.model), model);
  await writeAtomically(join(outDir, STATIC_MODEL_FILES.vocabulary), JSON.stringify(vocabulary));
  await writeAtomically(join(outDir, STATIC_MODEL_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}
