/** A file of a published model, with the size and sha256 a download must match before it is used. */
export interface PublishedFile {
  path: string;
  bytes: number;
  sha256: string;
}

/**
 * The default downloadable model, `sentence-transformers/all-MiniLM-L6-v2` (Apache-2.0), in the standard
 * sentence-transformer layout: the ONNX export plus the tokenizer and configuration files the loader reads.
 *
 * Sources of the checksums: `onnx/model.onnx` is the row of the "Published sizes and sha256" table in
 * `shared/models/README.md`; the small files are the copies in `shared/models/all-MiniLM-L6-v2-tokenizer/`, which
 * are the model repository's own files. A download that differs in size or hash is deleted, never loaded.
 */
export const PUBLISHED_MODEL = {
  id: 'sentence-transformers/all-MiniLM-L6-v2',
  baseUrl: 'https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/resolve/main',
  /** Small files first: a bad mirror or a blocked network fails before the 90 MB download starts. */
  files: [
    { path: 'config.json', bytes: 612, sha256: '953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41' },
    { path: 'tokenizer_config.json', bytes: 350, sha256: 'acb92769e8195aabd29b7b2137a9e6d6e25c476a4f15aa4355c233426c61576b' },
    { path: 'sentence_bert_config.json', bytes: 53, sha256: 'fc1993fde0a95c24ec6c022539d41cf6e2f7c9721e5415d6fb6897472a9cd4b7' },
    { path: 'vocab.txt', bytes: 231_508, sha256: '07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3' },
    { path: 'onnx/model.onnx', bytes: 90_405_214, sha256: '6fd5d72fe4589f189f8ebc006442dbb529bb7ce38f8082112682524616046452' },
  ] satisfies PublishedFile[],
} as const;
