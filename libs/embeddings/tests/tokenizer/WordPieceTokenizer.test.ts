import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WordPieceTokenizer } from '../../src/tokenizer/WordPieceTokenizer.js';
import { hasMiniLmTokenizer, MINILM_TOKENIZER_DIR, MISSING_TOKENIZER_REASON } from '../support/sharedModels.js';

if (!hasMiniLmTokenizer) console.warn(MISSING_TOKENIZER_REASON);

describe.skipIf(!hasMiniLmTokenizer)('WordPieceTokenizer with the real all-MiniLM-L6-v2 files', () => {
  it('encodes the reference sentence to the published ids', async () => {
    const tokenizer = await WordPieceTokenizer.fromDirectory(MINILM_TOKENIZER_DIR);
    expect(tokenizer.encode('bank robbery crime drama')).toEqual([101, 2924, 13742, 4126, 3689, 102]);
  });

  it('splits unknown words into pieces and cased, accented text the uncased way', async () => {
    const tokenizer = await WordPieceTokenizer.fromDirectory(MINILM_TOKENIZER_DIR);
    // Ids checked against Hugging Face tokenizers on the same files.
    expect(tokenizer.encode("Héllo, wörld! 東京 don't unaffable")).toEqual([101, 7592, 1010, 2088, 999, 1879, 1755, 2123, 1005, 1056, 14477, 20961, 3468, 102]);
  });

  it('truncates at max_seq_length from sentence_bert_config.json (256), keeping [CLS] and [SEP]', async () => {
    const tokenizer = await WordPieceTokenizer.fromDirectory(MINILM_TOKENIZER_DIR);
    expect(tokenizer.maxLength).toBe(256);
    const ids = tokenizer.encode('crime '.repeat(300));
    expect(ids).toHaveLength(256);
    expect(ids[0]).toBe(101);
    expect(ids.at(-1)).toBe(102);
  });

  it('pads a batch to its longest text with [PAD], mask 0 and token type 0', async () => {
    const tokenizer = await WordPieceTokenizer.fromDirectory(MINILM_TOKENIZER_DIR);
    const batch = tokenizer.encodeBatch(['bank robbery crime drama', 'crime']);
    expect(batch).toMatchObject({ batchSize: 2, sequenceLength: 6 });
    expect([...batch.inputIds].map(Number)).toEqual([101, 2924, 13742, 4126, 3689, 102, 101, 4126, 102, 0, 0, 0]);
    expect([...batch.attentionMask].map(Number)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0]);
    expect([...batch.tokenTypeIds].map(Number)).toEqual(new Array(12).fill(0));
  });

  it("reads the vocabulary from tokenizer.json's model.vocab when there is no vocab.txt", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tokenizer-json-'));
    try {
      for (const file of ['tokenizer.json', 'tokenizer_config.json']) await copyFile(join(MINILM_TOKENIZER_DIR, file), join(dir, file));
      const tokenizer = await WordPieceTokenizer.fromDirectory(dir);
      expect(tokenizer.encode('bank robbery crime drama')).toEqual([101, 2924, 13742, 4126, 3689, 102]);
      // Without sentence_bert_config.json the limit is tokenizer_config.json's model_max_length.
      expect(tokenizer.maxLength).toBe(512);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('WordPieceTokenizer', () => {
  it('refuses a folder without a vocabulary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tokenizer-empty-'));
    try {
      await expect(WordPieceTokenizer.fromDirectory(dir)).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND', message: `no vocab.txt and no WordPiece tokenizer.json in ${dir}` });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a vocabulary without the special tokens', () => {
    expect(() => new WordPieceTokenizer(new Map([['a', 0]]))).toThrow(expect.objectContaining({ code: 'MODEL_INVALID', message: 'the vocabulary has no [UNK] token' }));
  });
});
