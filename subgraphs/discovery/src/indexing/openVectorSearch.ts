import { createEmbedder, type Embedder } from '@media-gateway/embeddings';
import { createVectorIndex, type VectorIndex } from '@media-gateway/vectors';
import type { Logger } from '@media-gateway/runtime';
import { titleCollectionName } from './TitleIndexer.js';

export interface VectorSearchOptions {
  /** `EMBEDDING_MODEL_DIR`: a sentence-transformer in the standard layout, tried first. */
  modelDir?: string | undefined;
  /** Where the downloaded model and the built static model are kept (`EMBEDDING_CACHE_DIR`). */
  cacheDir: string;
  /** Try fetching all-MiniLM-L6-v2 when it is not cached. */
  allowDownload: boolean;
  /** `QDRANT_URL`: the index lives there; else in-process HNSW persisted under `dataDir`. */
  qdrantUrl?: string | undefined;
  qdrantApiKey?: string | undefined;
  /** Embedded mode's data directory; the HNSW index is kept under `<dataDir>/vectors/`. */
  dataDir?: string | undefined;
  logger: Logger;
}

export interface VectorSearch {
  embedder: Embedder;
  index: VectorIndex;
}

/**
 * The embedding model and the title index, or null when neither a model nor even the built-in static model could be
 * had: search then runs keyword + intent + graph, and `/health` says so (ARCHITECTURE.md, embedded defaults). A
 * vector store that can't be reached at start is fatal instead: Qdrant was asked for explicitly.
 */
export async function openVectorSearch(options: VectorSearchOptions): Promise<VectorSearch | null> {
  const { logger } = options;
  let embedder: Embedder;
  try {
    embedder = await createEmbedder({
      modelDir: options.modelDir,
      cacheDir: options.cacheDir,
      allowDownload: options.allowDownload,
      log: (message) => logger.info(message),
    });
  } catch (error) {
    logger.warn({ err: error }, 'discovery: no embedding model could be loaded; search runs without vectors');
    return null;
  }
  const index = await createVectorIndex({
    qdrantUrl: options.qdrantUrl,
    qdrantApiKey: options.qdrantApiKey,
    collection: titleCollectionName(embedder),
    dimensions: embedder.dimensions,
    dataDir: options.dataDir,
  });
  logger.info({ provider: embedder.provider, model: embedder.modelId, dimensions: embedder.dimensions, index: index.kind }, 'discovery: vector search ready');
  return { embedder, index };
}
