import { join } from 'node:path';
import { HnswVectorIndex } from './HnswVectorIndex.js';
import { checkCollectionName } from './lib/checkCollectionName.js';
import { QdrantVectorIndex } from './QdrantVectorIndex.js';
import type { VectorIndex } from './VectorIndex.js';

export interface CreateVectorIndexOptions {
  /** Qdrant's REST URL (`QDRANT_URL`); when set, the index lives there. */
  qdrantUrl?: string | undefined;
  /** Qdrant's API key (`QDRANT_API_KEY`), if it needs one. */
  qdrantApiKey?: string | undefined;
  /** Names the Qdrant collection, or the directory under `<dataDir>/vectors/`. @example 'titles' */
  collection: string;
  dimensions: number;
  /**
   * Embedded mode only: the data directory (`DATA_DIR`, `.data` by default). The index is loaded from and saved to
   * `<dataDir>/vectors/<collection>/`. Without it the embedded index lives in memory only.
   */
  dataDir?: string | undefined;
}

/**
 * Qdrant when a URL is configured, else the in-process HNSW index (embedded mode). Either way the index is ready
 * when this resolves: Qdrant's collection exists with the right size, the HNSW index is loaded from disk, and a
 * size mismatch with what is stored fails here, at boot.
 */
export async function createVectorIndex(options: CreateVectorIndexOptions): Promise<VectorIndex> {
  const collection = checkCollectionName(options.collection);
  if (options.qdrantUrl) {
    return new QdrantVectorIndex({
      url: options.qdrantUrl,
      ...(options.qdrantApiKey ? { apiKey: options.qdrantApiKey } : {}),
      collection,
      dimensions: options.dimensions,
    }).connect();
  }
  if (!options.dataDir) return new HnswVectorIndex({ dimensions: options.dimensions });
  return HnswVectorIndex.open(join(options.dataDir, 'vectors', collection), { dimensions: options.dimensions });
}
