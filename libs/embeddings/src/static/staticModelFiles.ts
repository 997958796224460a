import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EmbeddingError } from '../errors.js';

/**
 * Bump when the builder changes what it produces (sources, algorithm, defaults, file layout). A cached model with
 * another version is rebuilt at the next start.
 */
export const STATIC_MODEL_VERSION = 1;

export const STATIC_MODEL_FILES = { model: 'model.onnx', vocabulary: 'vocab.json', manifest: 'manifest.json' } as const;

/** What was built, from what and how; written last, so its presence marks a complete build. */
export interface StaticModelManifest {
  format: 'media-gateway/static-word-embeddings';
  version: number;
  modelId: string;
  dimensions: number;
  vocabularySize: number;
  /** Versions of the npm packages the text came from. */
  sources: Record<string, string>;
  /** The resolved build options, so a build with other options is not mistaken for this one. */
  options: Record<string, unknown>;
  builtAt: string;
  buildSeconds: number;
}

/** `vocab.json`: the words by id and each word's SIF weight. */
export interface StaticVocabularyFile {
  words: string[];
  weights: number[];
}

/** Where the static model lives inside the embedder's cache folder. */
export function staticModelDir(cacheDir: string): string {
  return join(cacheDir, 'static');
}

/** Reads the manifest; throws `MODEL_NOT_FOUND` when there is none and `MODEL_INVALID` when it is not ours. */
export async function readStaticManifest(dir: string): Promise<StaticModelManifest> {
  const text = await readFile(join(dir, STATIC_MODEL_FILES.manifest), 'utf8').catch(() => undefined);
  if (text === undefined) throw new EmbeddingError('MODEL_NOT_FOUND', `no static model in ${dir}`);
  let manifest: StaticModelManifest;
  try {
    manifest = JSON.parse(text) as StaticModelManifest;
  } catch (error) {
    throw new EmbeddingError('MODEL_INVALID', `${join(dir, STATIC_MODEL_FILES.manifest)} is not valid JSON`, { cause: error });
  }
  if (manifest.format !== 'media-gateway/static-word-embeddings') throw new EmbeddingError('MODEL_INVALID', `${dir} does not hold a static word-embedding model`);
  if (manifest.version !== STATIC_MODEL_VERSION) {
    throw new EmbeddingError('MODEL_INVALID', `the static model in ${dir} is version ${manifest.version}, this build needs ${STATIC_MODEL_VERSION}`);
  }
  return manifest;
}
