import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryCache } from '@media-gateway/cache';
import { CATALOG_TITLE_UPSERTED, InProcessEventBus, type DomainEvent } from '@media-gateway/events';
import { HnswVectorIndex, type VectorIndex } from '@media-gateway/vectors';
import { createLogger } from '@media-gateway/runtime';
import { TitleIndexer } from '../../src/indexing/TitleIndexer.js';
import { CatalogProjection } from '../../src/projection/CatalogProjection.js';
import { QueryUnderstanding } from '../../src/search/QueryUnderstanding.js';
import { VectorRetriever } from '../../src/search/retrievers/VectorRetriever.js';
import { SearchEngine } from '../../src/search/SearchEngine.js';
import { SearchInputError } from '../../src/search/SearchInputError.js';
import type { SearchRequest } from '../../src/search/SearchRequest.js';
import { SearchResultCache } from '../../src/search/SearchResultCache.js';
import { discoveryFixtures, fixtureId, NOW } from '../store/discoveryFixtures.js';
import { openStore, type OpenStore } from '../store/openStore.js';
import { hashEmbedder } from './hashEmbedder.js';

const logger = createLogger({ name: 'test', level: 'silent' });
let opened: OpenStore;
let index: HnswVectorIndex;
let understanding: QueryUnderstanding;

function request(query: string, extra: Partial<SearchRequest> = {}): SearchRequest {
  return { query, filters: {}, strategy: 'HYBRID', region: 'US', first: 10, after: null, restrictions: null, ...extra };
}

function engine(options: { index?: VectorIndex; cache?: SearchResultCache; retrieverTimeoutMs?: number } = {}): SearchEngine {
  return new SearchEngine({
    store: opened.store,
    understanding,
    vectors: new VectorRetriever(embedder, options.index ?? index),
    cache: options.cache ?? new SearchResultCache(new MemoryCache(), 0),
    ...(options.retrieverTimeoutMs ? { retrieverTimeoutMs: options.retrieverTimeoutMs } : {}),
  });
}

const embedder = hashEmbedder();

beforeAll(async () => {
  opened = await openStore();
  index = new HnswVectorIndex({ dimensions: embedder.dimensions });
  await new TitleIndexer(opened.store, embedder, index).rebuild();
  understanding = new QueryUnderstanding(opened.store);
  await understanding.refresh();
});
afterAll(async () => {
  await index?.close();
  await opened?.dispose();
});

describe('SearchEngine over the read model', () => {
  it('fuses keyword and vector results and explains each', async () => {
    const page = await engine().search(request('terminator'), NOW);
    expect(page.hits[0]?.titleId).toBe(fixtureId('The Terminator'));
    expect(page.hits[0]?.breakdown.retrievers.map((r) => r.retriever).sort()).toEqual(['keyword', 'vector']);
    expect(page.warnings).toEqual([]);
    expect(page.timing.retrievers.map((r) => r.retriever).sort()).toEqual(['KEYWORD', 'VECTOR']);
  });

  it('answers keyword results with a warning when the vector index throws', async () => {
    const broken = Object.assign(Object.create(index) as VectorIndex, {
      search: async () => {
        throw new Error('vector store unreachable');
      },
    });
    const cache = new SearchResultCache(new MemoryCache(), 60);
    const search = engine({ index: broken, cache });
    const page = await search.search(request('terminator'), NOW);
    expect(page.warnings.map((w) => w.code)).toEqual(['VECTOR_UNAVAILABLE']);
    expect(page.hits[0]?.titleId).toBe(fixtureId('The Terminator'));
    expect(page.timing.retrievers.map((r) => r.retriever)).toEqual(['KEYWORD']);
    // A degraded answer is not cached: the next search tries the vector side again.
    expect((await search.search(request('terminator'), NOW)).timing.cached).toBe(false);
  });

  it('answers keyword results when the vector side overruns its budget, and a VECTOR search falls back too', async () => {
    const stuck = Object.assign(Object.create(index) as VectorIndex, { search: () => new Promise(() => {}) });
    const search = engine({ index: stuck, retrieverTimeoutMs: 50 });
    const hybrid = await search.search(request('heat'), NOW);
    expect(hybrid.warnings.map((w) => w.code)).toEqual(['VECTOR_TIMEOUT']);
    expect(hybrid.hits[0]?.titleId).toBe(fixtureId('Heat'));
    const vectorOnly = await search.search(request('heat', { strategy: 'VECTOR' }), NOW);
    expect(vectorOnly.warnings.map((w) => w.code)).toEqual(['VECTOR_TIMEOUT']);
    expect(vectorOnly.hits.length).toBeGreaterThan(0);
  });

  it('pages with cursors that only fit the search they came from', async () => {
    const search = engine();
    const first = await search.search(request('', { first: 3 }), NOW);
    expect(first.trending).toBe(true);
    const second = await search.search(request('', { first: 3, after: first.pageInfo.endCursor }), NOW);
    const all = await search.search(request('', { first: 6 }), NOW);
    expect([...first.hits, ...second.hits].map((h) => h.titleId)).toEqual(all.hits.map((h) => h.titleId));
    await expect(search.search(request('heat', { after: first.pageInfo.endCursor }), NOW)).rejects.toBeInstanceOf(SearchInputError);
    await expect(search.search(request('heat', { after: 'garbage' }), NOW)).rejects.toBeInstanceOf(SearchInputError);
  });
});

describe('result cache invalidation', () => {
  let bus: InProcessEventBus;
  let projection: CatalogProjection;
  const cache = new SearchResultCache(new MemoryCache(), 600);

  beforeEach(async () => {
    await projection?.stop();
    await bus?.close();
    bus = new InProcessEventBus();
    projection = new CatalogProjection({
      bus,
      store: opened.store,
      indexer: new TitleIndexer(opened.store, embedder, index),
      logger,
      whenDelivered: () => bus.whenIdle(),
      onApplied: async () => {
        await cache.invalidate();
        await understanding.refresh();
      },
    });
    await projection.start();
  });
  afterAll(async () => {
    await projection?.stop();
    await bus?.close();
  });

  it('serves a repeated search from the cache until a catalog event changes the catalogue', async () => {
    const search = engine({ cache });
    const before = await search.search(request('interstellar'), NOW);
    expect(before.timing.cached).toBe(false);
    const again = await search.search(request('Interstellar '), NOW);
    expect(again.timing.cached).toBe(true);
    expect(again.hits.map((h) => h.titleId)).toEqual(before.hits.map((h) => h.titleId));

    const renamed = { ...discoveryFixtures().find((d) => d.name === 'Heat Wave')!, name: 'Interstellar Heat Wave' };
    const event: DomainEvent = {
      id: '6f1d3c1e-0000-4000-8000-000000000001',
      type: CATALOG_TITLE_UPSERTED,
      source: 'catalog',
      aggregateId: renamed.titleId,
      sequence: 1_000_000,
      occurredAt: NOW.toISOString(),
      payload: renamed,
      schemaVersion: 1,
    };
    await bus.publish([event]);
    await bus.whenIdle();
    await projection.flush();

    const after = await search.search(request('interstellar'), NOW);
    expect(after.timing.cached).toBe(false);
    expect(after.hits.map((h) => h.titleId)).toContain(renamed.titleId);
  });
});
