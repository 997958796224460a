import { basename, join, resolve } from 'node:path';
import type { Embedder, EmbedderProvider, SkippedProvider } from './Embedder.js';
import { EmbeddingError } from './errors.js';
import { downloadModel, isModelCached } from './sentenceTransformer/downloadModel.js';
import { loadSentenceTransformer } from './sentenceTransformer/loadSentenceTransformer.js';
import { PUBLISHED_MODEL } from './sentenceTransformer/publishedModel.js';
import { ensureStaticModel } from './static/ensureStaticModel.js';
import type { StaticModelOptions } from './static/buildStaticModel.js';
import { loadStaticEmbedder } from './static/loadStaticEmbedder.js';
import { staticModelDir } from './static/staticModelFiles.js';

export interface CreateEmbedderOptions {
  /**
   * A sentence-transformer in the standard layout (`onnx/model.onnx` + `vocab.txt`/`tokenizer.json`), usually
   * `EMBEDDING_MODEL_DIR`. Tried first when set.
   */
  modelDir?: string | undefined;
  /** Where the downloaded model and the built static model are kept, e.g. `.data/models`. */
  cacheDir: string;
  /**
   * Fetch the default model (`sentence-transformers/all-MiniLM-L6-v2`) into `cacheDir` when it is not there. The
   * download waits `connectTimeoutMs` for a connection and falls through to the static model on any failure.
   * @default true
   */
  allowDownload?: boolean;
  /**
   * URL base the model files are fetched from (a mirror of the Hugging Face repository).
   * @default 'https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/resolve/main'
   */
  download?: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** @default 5000 */
  connectTimeoutMs?: number;
  /**
   * Build the static model into `cacheDir` when it is missing or stale (version or options changed). `npm start`
   * normally builds it beforehand with `buildStaticModelCli`, so this only matters on a start that skipped that.
   * @default true
   */
  buildStaticModel?: boolean;
  /** Build options of the static model; tests use a reduced model. */
  staticModel?: StaticModelOptions;
  /** Progress and skip messages. */
  log?: (message: string) => void;
}

/**
 * Returns the first embedding provider that loads, in this order:
 * 1. `model-dir`: the sentence-transformer in `modelDir`;
 * 2. `model-cache`: all-MiniLM-L6-v2 in `cacheDir`, downloaded first if needed and allowed (size and sha256
 *    checked against the published values);
 * 3. `static`: the built-in static word-embedding model, built from WordNet and the Brown corpus if needed.
 *
 * Each provider that is passed over is listed with its reason in `describe().skipped`, which `/health` reports.
 * Throws `NO_PROVIDER` only when even the static model cannot be had.
 */
export async function createEmbedder(options: CreateEmbedderOptions): Promise<Embedder> {
  if (!options.cacheDir) throw new TypeError('createEmbedder: cacheDir is required');
  const skipped: SkippedProvider[] = [];
  const attempt = async (provider: EmbedderProvider, load: () => Promise<Embedder>): Promise<Embedder | undefined> => {
    try {
      return await load();
    } catch (error) {
      const code = error instanceof EmbeddingError ? error.code : 'MODEL_INVALID';
      const reason = error instanceof Error ? error.message : String(error);
      skipped.push({ provider, code, reason });
      options.log?.(`embeddings: ${provider} skipped (${code}): ${reason}`);
      return undefined;
    }
  };
  const embedder =
    (await attempt('model-dir', async () => {
      if (!options.modelDir) throw new EmbeddingError('MODEL_NOT_FOUND', 'EMBEDDING_MODEL_DIR is not set');
      return loadSentenceTransformer(options.modelDir, { provider: 'model-dir', modelId: basename(resolve(options.modelDir)) });
    })) ??
    (await attempt('model-cache', async () => {
      const dir = join(options.cacheDir, ...PUBLISHED_MODEL.id.split('/'));
      if (!(await isModelCached(dir, PUBLISHED_MODEL.files))) {
        if (options.allowDownload === false) throw new EmbeddingError('DOWNLOAD_DISABLED', `${PUBLISHED_MODEL.id} is not in ${dir} and downloading is off`);
        await downloadModel(dir, {
          baseUrl: options.download ?? PUBLISHED_MODEL.baseUrl,
          files: PUBLISHED_MODEL.files,
          fetch: options.fetch,
          connectTimeoutMs: options.connectTimeoutMs,
          log: options.log,
        });
      }
      return loadSentenceTransformer(dir, { provider: 'model-cache', modelId: PUBLISHED_MODEL.id });
    })) ??
    (await attempt('static', async () => {
      const dir = staticModelDir(options.cacheDir);
      if (options.buildStaticModel !== false) await ensureStaticModel(dir, { ...options.staticModel, log: options.staticModel?.log ?? options.log });
      return loadStaticEmbedder(dir);
    }));
  if (!embedder) {
    throw Object.assign(new EmbeddingError('NO_PROVIDER', `no embedding provider could be loaded: ${skipped.map((s) => `${s.provider}: ${s.reason}`).join('; ')}`), { skipped });
  }
  return withSkipped(embedder, skipped);
}

/** The embedder, with the providers skipped before it added to what `describe()` reports. */
function withSkipped(embedder: Embedder, skipped: SkippedProvider[]): Embedder {
  return {
    provider: embedder.provider,
    modelId: embedder.modelId,
    dimensions: embedder.dimensions,
    embed: (texts) => embedder.embed(texts),
    describe: () => ({ ...embedder.describe(), skipped: [...skipped] }),
    close: () => embedder.close(),
  };
}
