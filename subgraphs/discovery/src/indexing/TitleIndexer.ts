import type { Embedder } from '@media-gateway/embeddings';
import type { VectorIndex } from '@media-gateway/vectors';
import type { DiscoveryStore } from '../store/DiscoveryStore.js';
import { titlePayload } from '../search/retrievers/vectorPayload.js';
import { titleEmbeddingText } from './titleEmbeddingText.js';

/** Titles embedded per model call: large enough to amortise a call, small enough to bound its memory. */
const EMBED_BATCH = 64;
/** Titles read per page when rebuilding the whole index. */
const REBUILD_PAGE = 1_000;

export interface IndexingStats {
  titles: number;
  ms: number;
}

/**
 * Keeps the title vector index in step with the read model: each title embedded from its text
 * (`titleEmbeddingText`) in batches, with the payload the index filters on. Reads documents from the store, so
 * indexing after the projection wrote them and rebuilding from scratch take the same path.
 */
export class TitleIndexer {
  constructor(
    private readonly store: Pick<DiscoveryStore, 'documents' | 'titleIdsPage'>,
    readonly embedder: Embedder,
    readonly index: VectorIndex,
  ) {}

  /** Embeds and upserts the titles that exist; ids the store no longer has are removed from the index. */
  async indexTitles(titleIds: readonly string[]): Promise<IndexingStats> {
    const started = Date.now();
    const docs = await this.store.documents(titleIds);
    const found = new Set(docs.map((d) => d.id));
    const gone = titleIds.filter((id) => !found.has(id));
    if (gone.length > 0) await this.index.delete(gone);
    for (let i = 0; i < docs.length; i += EMBED_BATCH) {
      const batch = docs.slice(i, i + EMBED_BATCH);
      const vectors = await this.embedder.embed(batch.map(titleEmbeddingText));
      await this.index.upsert(batch.map((doc, j) => ({ id: doc.id, vector: vectors[j]!, payload: titlePayload(doc) })));
    }
    return { titles: docs.length, ms: Date.now() - started };
  }

  /** Indexes every title in the read model (after a model change or a lost index); returns how many and how long. */
  async rebuild(onProgress?: (indexed: number) => void): Promise<IndexingStats> {
    const started = Date.now();
    let after: string | null = null;
    let titles = 0;
    for (;;) {
      const ids = await this.store.titleIdsPage(after, REBUILD_PAGE);
      if (ids.length === 0) break;
      titles += (await this.indexTitles(ids)).titles;
      after = ids.at(-1)!;
      onProgress?.(titles);
    }
    await this.index.flush();
    return { titles, ms: Date.now() - started };
  }
}

/** The index collection for one model: a different model (or size) gets its own, never a mix of vector spaces. */
export function titleCollectionName(embedder: Pick<Embedder, 'modelId' | 'dimensions'>): string {
  const model = embedder.modelId.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40);
  return `titles_${model}_${embedder.dimensions}`;
}
