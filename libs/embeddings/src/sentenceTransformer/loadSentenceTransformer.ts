import { access } from 'node:fs/promises';
import { join } from 'node:path';
import ort from 'onnxruntime-node';
import type { Embedder, EmbedderDescription, EmbedderProvider } from '../Embedder.js';
import { EmbeddingError } from '../errors.js';
import { l2Normalize } from '../lib/l2Normalize.js';
import { orderedBatches } from '../lib/orderedBatches.js';
import { WordPieceTokenizer } from '../tokenizer/WordPieceTokenizer.js';
import { meanPool } from './meanPool.js';

export interface SentenceTransformerOptions {
  provider: Extract<EmbedderProvider, 'model-dir' | 'model-cache'>;
  modelId: string;
  /** Texts per onnxruntime run. Attention cost grows with batch × length², so keep it modest. @default 32 */
  batchSize?: number;
}

/**
 * Loads a sentence-transformer exported to ONNX in the standard layout (`onnx/model.onnx`, or `model.onnx` at the
 * top, plus `vocab.txt` or `tokenizer.json` and the config files) and returns an `Embedder` that tokenizes with
 * WordPiece, runs the graph, mean-pools `last_hidden_state` over the attention mask and L2-normalises.
 *
 * The graph must take `input_ids` and `attention_mask` (`token_type_ids` is fed when the graph has it) and give a
 * [batch, sequence, dimensions] output, `last_hidden_state` or else the first one. One probe sentence is run at
 * load time: it learns the dimensions and proves the graph works before anyone relies on it, so a broken model
 * falls through to the next provider at start-up instead of failing the first search.
 */
export async function loadSentenceTransformer(dir: string, options: SentenceTransformerOptions): Promise<Embedder> {
  const modelPath = await firstExisting([join(dir, 'onnx', 'model.onnx'), join(dir, 'model.onnx')]);
  if (!modelPath) throw new EmbeddingError('MODEL_NOT_FOUND', `no onnx/model.onnx in ${dir}`);
  const tokenizer = await WordPieceTokenizer.fromDirectory(dir);
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(modelPath, { graphOptimizationLevel: 'all' });
  } catch (error) {
    throw new EmbeddingError('MODEL_INVALID', `onnxruntime could not load ${modelPath}: ${(error as Error).message}`, { cause: error });
  }
  const missing = ['input_ids', 'attention_mask'].filter((name) => !session.inputNames.includes(name));
  if (missing.length > 0) {
    await session.release();
    throw new EmbeddingError('MODEL_INVALID', `${modelPath} has no ${missing.join(', ')} input (inputs: ${session.inputNames.join(', ')})`);
  }
  const embedder = new SentenceTransformerEmbedder(session, tokenizer, dir, options);
  try {
    await embedder.probe();
  } catch (error) {
    await session.release();
    throw error instanceof EmbeddingError ? error : new EmbeddingError('MODEL_INVALID', `${modelPath} failed a probe run: ${(error as Error).message}`, { cause: error });
  }
  return embedder;
}

class SentenceTransformerEmbedder implements Embedder {
  readonly provider: SentenceTransformerOptions['provider'];
  readonly modelId: string;
  dimensions = 0;
  private readonly batchSize: number;
  private readonly outputName: string;

  constructor(
    private readonly session: ort.InferenceSession,
    private readonly tokenizer: WordPieceTokenizer,
    private readonly location: string,
    options: SentenceTransformerOptions,
  ) {
    this.provider = options.provider;
    this.modelId = options.modelId;
    this.batchSize = options.batchSize ?? 32;
    this.outputName = session.outputNames.includes('last_hidden_state') ? 'last_hidden_state' : session.outputNames[0]!;
  }

  async probe(): Promise<void> {
    const [vector] = await this.run(['probe']);
    this.dimensions = vector!.length;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const results: Float32Array[] = new Array(texts.length);
    const readable: number[] = [];
    const lengths: number[] = [];
    texts.forEach((text, index) => {
      const length = this.tokenizer.tokenize(text).length;
      if (length === 0) results[index] = new Float32Array(this.dimensions);
      else {
        readable.push(index);
        lengths.push(length);
      }
    });
    for (const batch of orderedBatches(lengths, this.batchSize)) {
      const indices = batch.map((position) => readable[position]!);
      const vectors = await this.run(indices.map((index) => texts[index]!));
      indices.forEach((index, i) => {
        results[index] = vectors[i]!;
      });
    }
    return results;
  }

  describe(): EmbedderDescription {
    return { provider: this.provider, modelId: this.modelId, dimensions: this.dimensions, location: this.location, maxTokens: this.tokenizer.maxLength, skipped: [] };
  }

  async close(): Promise<void> {
    await this.session.release();
  }

  private async run(texts: string[]): Promise<Float32Array[]> {
    const batch = this.tokenizer.encodeBatch(texts);
    const shape = [batch.batchSize, batch.sequenceLength];
    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor('int64', batch.inputIds, shape),
      attention_mask: new ort.Tensor('int64', batch.attentionMask, shape),
    };
    if (this.session.inputNames.includes('token_type_ids')) feeds.token_type_ids = new ort.Tensor('int64', batch.tokenTypeIds, shape);
    const output = (await this.session.run(feeds, [this.outputName]))[this.outputName];
    if (!output || output.type !== 'float32' || output.dims.length !== 3 || output.dims[0] !== batch.batchSize || output.dims[1] !== batch.sequenceLength) {
      throw new EmbeddingError('MODEL_INVALID', `output ${this.outputName} must be float32 [batch, sequence, dimensions], got ${output?.type} [${output?.dims.join(', ')}]`);
    }
    const dimensions = output.dims[2]!;
    return meanPool(output.data as Float32Array, batch.attentionMask, batch.batchSize, batch.sequenceLength, dimensions).map(l2Normalize);
  }
}

async function firstExisting(paths: string[]): Promise<string | undefined> {
  for (const path of paths) {
    if (await access(path).then(() => true, () => false)) return path;
  }
  return undefined;
}
