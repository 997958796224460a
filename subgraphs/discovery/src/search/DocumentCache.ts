import type { DiscoveryDocument, DiscoveryStore } from '../store/DiscoveryStore.js';

/** The whole seeded catalogue is ~12k documents of ~1 kB: keeping them all costs little and saves a query per search. */
const MAX_DOCUMENTS = 50_000;

/**
 * The read model's documents held in memory for ranking, filtering and facets, which need every candidate's
 * metadata on every search. Entries belong to a cache generation (see `SearchResultCache`): when the catalogue
 * changes, the generation moves and everything is reloaded on demand, on every replica alike.
 */
export class DocumentCache {
  private readonly documents = new Map<string, DiscoveryDocument>();
  private generation = -1;

  constructor(private readonly store: Pick<DiscoveryStore, 'documents'>) {}

  /** The documents of the ids that exist, by id. */
  async get(ids: Iterable<string>, generation: number): Promise<Map<string, DiscoveryDocument>> {
    if (generation !== this.generation) {
      this.documents.clear();
      this.generation = generation;
    }
    const found = new Map<string, DiscoveryDocument>();
    const missing: string[] = [];
    for (const id of ids) {
      const doc = this.documents.get(id);
      if (doc) found.set(id, doc);
      else missing.push(id);
    }
    if (missing.length > 0) {
      for (const doc of await this.store.documents(missing)) {
        found.set(doc.id, doc);
        if (this.documents.size >= MAX_DOCUMENTS) this.documents.delete(this.documents.keys().next().value!);
        this.documents.set(doc.id, doc);
      }
    }
    return found;
  }
}
