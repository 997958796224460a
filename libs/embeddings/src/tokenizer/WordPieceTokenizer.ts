import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EmbeddingError } from '../errors.js';
import { basicTokenize } from './basicTokenize.js';
import { wordPiece } from './wordPiece.js';

/** A padded batch in the layout BERT-style ONNX graphs take: int64 [batchSize, sequenceLength], row-major. */
export interface EncodedBatch {
  inputIds: BigInt64Array;
  attentionMask: BigInt64Array;
  tokenTypeIds: BigInt64Array;
  batchSize: number;
  sequenceLength: number;
}

export interface WordPieceTokenizerOptions {
  /** Longest sequence, `[CLS]` and `[SEP]` included; longer texts are cut. @default 512 */
  maxLength?: number;
  /** @default true */
  lowercase?: boolean;
  /** @default same as `lowercase` */
  stripAccents?: boolean;
  /** @default 100 */
  maxCharsPerWord?: number;
  unknownToken?: string;
  clsToken?: string;
  sepToken?: string;
  padToken?: string;
}

/**
 * The BERT WordPiece tokenizer of a sentence-transformer model, read offline from its standard files. Produces the
 * same ids as Hugging Face tokenizers for `BertNormalizer` + `BertPreTokenizer` + `WordPiece` with the
 * `[CLS] A [SEP]` template ("bank robbery crime drama" → 101, 2924, 13742, 4126, 3689, 102 with MiniLM's vocabulary).
 */
export class WordPieceTokenizer {
  readonly maxLength: number;
  private readonly lowercase: boolean;
  private readonly stripAccents: boolean;
  private readonly maxCharsPerWord: number;
  private readonly unknownId: number;
  private readonly clsId: number;
  private readonly sepId: number;
  private readonly padId: number;

  constructor(
    private readonly vocabulary: ReadonlyMap<string, number>,
    options: WordPieceTokenizerOptions = {},
  ) {
    this.maxLength = options.maxLength ?? 512;
    if (!Number.isInteger(this.maxLength) || this.maxLength < 3) throw new TypeError(`maxLength must be an integer of at least 3, got ${this.maxLength}`);
    this.lowercase = options.lowercase ?? true;
    this.stripAccents = options.stripAccents ?? this.lowercase;
    this.maxCharsPerWord = options.maxCharsPerWord ?? 100;
    const idOf = (token: string): number => {
      const id = vocabulary.get(token);
      if (id === undefined) throw new EmbeddingError('MODEL_INVALID', `the vocabulary has no ${token} token`);
      return id;
    };
    this.unknownId = idOf(options.unknownToken ?? '[UNK]');
    this.clsId = idOf(options.clsToken ?? '[CLS]');
    this.sepId = idOf(options.sepToken ?? '[SEP]');
    this.padId = idOf(options.padToken ?? '[PAD]');
  }

  /**
   * Reads a model folder in the sentence-transformers layout: the vocabulary from `vocab.txt` (one token per line,
   * id = line number) or else `tokenizer.json`'s `model.vocab`; casing from `tokenizer_config.json` or the
   * `tokenizer.json` normalizer; the maximum length from `sentence_bert_config.json`'s `max_seq_length` (what
   * sentence-transformers truncates at: 256 for all-MiniLM-L6-v2), else `tokenizer_config.json`'s
   * `model_max_length`, capped by `config.json`'s `max_position_embeddings`.
   */
  static async fromDirectory(dir: string): Promise<WordPieceTokenizer> {
    const tokenizerJson = await readJson(join(dir, 'tokenizer.json'));
    const tokenizerConfig = (await readJson(join(dir, 'tokenizer_config.json'))) ?? {};
    const sentenceConfig = (await readJson(join(dir, 'sentence_bert_config.json'))) ?? {};
    const modelConfig = (await readJson(join(dir, 'config.json'))) ?? {};
    const vocabulary = await readVocabulary(dir, tokenizerJson);
    const normalizer = (tokenizerJson?.normalizer ?? {}) as Record<string, unknown>;
    const model = (tokenizerJson?.model ?? {}) as Record<string, unknown>;
    const lowercase = asBoolean(tokenizerConfig.do_lower_case) ?? asBoolean(normalizer.lowercase) ?? true;
    const stripAccents = asBoolean(tokenizerConfig.strip_accents) ?? asBoolean(normalizer.strip_accents) ?? lowercase;
    // Tokenizer configs without a limit say 1e30 ("VERY_LARGE_INTEGER"); treat anything absurd as unset.
    const configured = [sentenceConfig.max_seq_length, tokenizerConfig.model_max_length].find((n) => typeof n === 'number' && n >= 3 && n <= 1_000_000) as number | undefined;
    const positions = typeof modelConfig.max_position_embeddings === 'number' ? modelConfig.max_position_embeddings : Infinity;
    return new WordPieceTokenizer(vocabulary, {
      maxLength: Math.min(configured ?? 512, positions),
      lowercase,
      stripAccents,
      maxCharsPerWord: typeof model.max_input_chars_per_word === 'number' ? model.max_input_chars_per_word : 100,
      unknownToken: asString(tokenizerConfig.unk_token) ?? asString(model.unk_token) ?? '[UNK]',
      clsToken: asString(tokenizerConfig.cls_token) ?? '[CLS]',
      sepToken: asString(tokenizerConfig.sep_token) ?? '[SEP]',
      padToken: asString(tokenizerConfig.pad_token) ?? '[PAD]',
    });
  }

  /** WordPiece ids of the text, without special tokens and without truncation. */
  tokenize(text: string): number[] {
    const ids: number[] = [];
    for (const word of basicTokenize(text, { lowercase: this.lowercase, stripAccents: this.stripAccents })) {
      for (const id of wordPiece(word, this.vocabulary, this.unknownId, this.maxCharsPerWord)) ids.push(id);
    }
    return ids;
  }

  /** `[CLS] tokens [SEP]`, with the tokens cut so the whole fits `maxLength`. */
  encode(text: string): number[] {
    return [this.clsId, ...this.tokenize(text).slice(0, this.maxLength - 2), this.sepId];
  }

  /** Encodes texts and pads them to the longest one with `[PAD]` (mask 0); token types are all 0 (one segment). */
  encodeBatch(texts: readonly string[]): EncodedBatch {
    const encoded = texts.map((text) => this.encode(text));
    const sequenceLength = Math.max(0, ...encoded.map((ids) => ids.length));
    const size = encoded.length * sequenceLength;
    const inputIds = new BigInt64Array(size).fill(BigInt(this.padId));
    const attentionMask = new BigInt64Array(size);
    encoded.forEach((ids, row) => {
      ids.forEach((id, column) => {
        inputIds[row * sequenceLength + column] = BigInt(id);
        attentionMask[row * sequenceLength + column] = 1n;
      });
    });
    return { inputIds, attentionMask, tokenTypeIds: new BigInt64Array(size), batchSize: encoded.length, sequenceLength };
  }
}

async function readVocabulary(dir: string, tokenizerJson: Record<string, unknown> | undefined): Promise<Map<string, number>> {
  const text = await readFile(join(dir, 'vocab.txt'), 'utf8').catch(() => undefined);
  if (text !== undefined) {
    const lines = text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    return new Map(lines.map((line, id) => [line.replace(/\r$/, ''), id]));
  }
  const model = tokenizerJson?.model as { type?: unknown; vocab?: unknown } | undefined;
  if (model?.type === 'WordPiece' && model.vocab && typeof model.vocab === 'object') {
    return new Map(Object.entries(model.vocab as Record<string, number>));
  }
  throw new EmbeddingError('MODEL_NOT_FOUND', `no vocab.txt and no WordPiece tokenizer.json in ${dir}`);
}

async function readJson(path: string): Promise<Record<string, unknown> | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new EmbeddingError('MODEL_INVALID', `${path} is not valid JSON`, { cause: error });
  }
}

const asBoolean = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
