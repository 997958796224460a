import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ort from 'onnxruntime-node';
import type { Embedder, EmbedderDescription } from '../Embedder.js';
import { EmbeddingError } from '../errors.js';
import { orderedBatches } from '../lib/orderedBatches.js';
import { STATIC_GRAPH } from './exportStaticOnnx.js';
import { readStaticManifest, STATIC_MODEL_FILES, type StaticVocabularyFile } from './staticModelFiles.js';
import { StaticTokenizer, type StaticEncoding } from './StaticTokenizer.js';

/**
 * Loads the built static word-embedding model (`model.onnx`, `vocab.json`, `manifest.json` in `dir`) and returns
 * an `Embedder` running it through onnxruntime: words → ids and SIF weights in TypeScript, then gather, weighted
 * mean and L2 norm inside the graph. A text with no known word gets an all-zero weight row, which the graph turns
 * into a zero vector.
 */
export async function loadStaticEmbedder(dir: string, options: { batchSize?: number } = {}): Promise<Embedder> {
  const manifest = await readStaticManifest(dir);
  let vocabulary: StaticVocabularyFile;
  try {
    vocabulary = JSON.parse(await readFile(join(dir, STATIC_MODEL_FILES.vocabulary), 'utf8')) as StaticVocabularyFile;
  } catch (error) {
    throw new EmbeddingError('MODEL_INVALID', `cannot read ${join(dir, STATIC_MODEL_FILES.vocabulary)}`, { cause: error });
  }
  if (vocabulary.words?.length !== manifest.vocabularySize || vocabulary.weights?.length !== manifest.vocabularySize) {
    throw new EmbeddingError('MODEL_INVALID', `${join(dir, STATIC_MODEL_FILES.vocabulary)} does not match the manifest's ${manifest.vocabularySize} words`);
  }
  const tokenizer = new StaticTokenizer(vocabulary.words, Float32Array.from(vocabulary.weights));
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(join(dir, STATIC_MODEL_FILES.model));
  } catch (error) {
    throw new EmbeddingError('MODEL_INVALID', `onnxruntime could not load ${join(dir, STATIC_MODEL_FILES.model)}: ${(error as Error).message}`, { cause: error });
  }
  return new StaticEmbedder(session, tokenizer, manifest.modelId, manifest.dimensions, dir, options.batchSize ?? 256);
}

class StaticEmbedder implements Embedder {
  readonly provider = 'static' as const;

  constructor(
    private readonly session: ort.InferenceSession,
    private readonly tokenizer: StaticTokenizer,
    readonly modelId: string,
    readonly dimensions: number,
    private readonly location: string,
    private readonly batchSize: number,
  ) {}

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const encodings = texts.map((text) => this.tokenizer.encode(text));
    const results: Float32Array[] = new Array(texts.length);
    for (const batch of orderedBatches(encodings.map((e) => e.ids.length), this.batchSize)) {
      const vectors = await this.run(batch.map((index) => encodings[index]!));
      batch.forEach((index, i) => {
        results[index] = vectors[i]!;
      });
    }
    return results;
  }

  describe(): EmbedderDescription {
    return { provider: this.provider, modelId: this.modelId, dimensions: this.dimensions, location: this.location, maxTokens: this.tokenizer.maxWords, skipped: [] };
  }

  async close(): Promise<void> {
    await this.session.release();
  }

  private async run(encodings: StaticEncoding[]): Promise<Float32Array[]> {
    // A batch of texts without a single known word still needs one column: ids 0 with weight 0.
    const sequence = Math.max(1, ...encodings.map((e) => e.ids.length));
    const ids = new BigInt64Array(encodings.length * sequence);
    const weights = new Float32Array(encodings.length * sequence);
    encodings.forEach((encoding, row) => {
      encoding.ids.forEach((id, column) => {
        ids[row * sequence + column] = BigInt(id);
        weights[row * sequence + column] = encoding.weights[column]!;
      });
    });
    const shape = [encodings.length, sequence];
    const output = (await this.session.run({ [STATIC_GRAPH.tokenIds]: new ort.Tensor('int64', ids, shape), [STATIC_GRAPH.weights]: new ort.Tensor('float32', weights, shape) }))[STATIC_GRAPH.output];
    const data = output!.data as Float32Array;
    return encodings.map((_, row) => data.slice(row * this.dimensions, (row + 1) * this.dimensions));
  }
}
