export { createEmbedder } from './createEmbedder.js';
export { EMBEDDING_ERRORS, EmbeddingError, REMOVED_EMBEDDING_ERRORS } from './errors.js';
export { cosineSimilarity } from './cosineSimilarity.js';
export { WordPieceTokenizer } from './tokenizer/WordPieceTokenizer.js';
export { loadSentenceTransformer } from './sentenceTransformer/loadSentenceTransformer.js';
export { PUBLISHED_MODEL } from './sentenceTransformer/publishedModel.js';
export { buildStaticModel, DEFAULT_STATIC_MODEL_OPTIONS } from './static/buildStaticModel.js';
export { ensureStaticModel } from './static/ensureStaticModel.js';
export { loadStaticEmbedder } from './static/loadStaticEmbedder.js';
export { STATIC_MODEL_VERSION, staticModelDir } from './static/staticModelFiles.js';

export type { Embedder, EmbedderDescription, EmbedderProvider, SkippedProvider } from './Embedder.js';
export type { CreateEmbedderOptions } from './createEmbedder.js';
export type { EmbeddingErrorCode } from './errors.js';
export type { EncodedBatch, WordPieceTokenizerOptions } from './tokenizer/WordPieceTokenizer.js';
export type { SentenceTransformerOptions } from './sentenceTransformer/loadSentenceTransformer.js';
export type { PublishedFile } from './sentenceTransformer/publishedModel.js';
export type { StaticModelOptions } from './static/buildStaticModel.js';
export type { StaticModelManifest } from './static/staticModelFiles.js';
