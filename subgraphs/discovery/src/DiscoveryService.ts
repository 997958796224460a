import { identityFromHeaders } from '@media-gateway/auth';
import type { Cache } from '@media-gateway/cache';
import type { PrismaClient } from '@media-gateway/db';
import type { EventBus } from '@media-gateway/events';
import type { Logger } from '@media-gateway/runtime';
import type { GraphQLSchema } from 'graphql';
import { PrismaSearchAnalyticsStore } from './analytics/PrismaSearchAnalyticsStore.js';
import { anonymizeQuery } from './analytics/anonymizeQuery.js';
import { SearchLog } from './analytics/SearchLog.js';
import type { DiscoveryContext } from './DiscoveryContext.js';
import { buildDiscoverySchema, DISCOVERY_SUBGRAPH_NAME } from './discoverySubgraph.js';
import type { VectorSearch } from './indexing/openVectorSearch.js';
import { TitleIndexer } from './indexing/TitleIndexer.js';
import { CatalogProjection, type ProjectionStatus } from './projection/CatalogProjection.js';
import { QueryUnderstanding } from './search/QueryUnderstanding.js';
import { VectorRetriever } from './search/retrievers/VectorRetriever.js';
import { SearchEngine, type SearchEvent } from './search/SearchEngine.js';
import { SearchResultCache } from './search/SearchResultCache.js';
import { PrismaDiscoveryStore } from './store/PrismaDiscoveryStore.js';
import { searchMetrics, type SearchMetrics } from './searchMetrics.js';
import type { Registry } from 'prom-client';

/** §4 caches search results 30 minutes in the implementation. */
export const DEFAULT_SEARCH_CACHE_TTL_SECONDS = 1800;
/** Anonymised search log entries are kept this long. */
const ANALYTICS_RETENTION_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface DiscoveryServiceOptions {
  prisma: PrismaClient;
  logger: Logger;
  /** Catalog events arrive here (in-process bus embedded, Kafka distributed). */
  bus: EventBus;
  /** The shared cache (Redis across replicas): search results and their generation. */
  cache: Cache;
  /** Verifies the identity the router forwards. */
  assertionSecret: string;
  /** Null: no embedding model could be had; search runs keyword + graph. */
  vectors: VectorSearch | null;
  /** @default 1800; 0 turns the result cache off */
  searchCacheTtlSeconds?: number;
  /** The in-process bus can say when it has delivered everything; see `CatalogProjection`. */
  whenDelivered?: () => Promise<void>;
  metrics?: Registry;
}

export interface DiscoveryService {
  name: string;
  schema: GraphQLSchema;
  createContext(headers: Record<string, string | undefined>): DiscoveryContext;
  /** What `/health` shows under `discovery`. */
  describe(): Promise<Record<string, unknown>>;
  status(): ProjectionStatus;
  whenCaughtUp(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The discovery subgraph as a unit a router hosts in-process or a standalone server exposes: the read model fed by
 * catalog events, the vector index beside it, the search engine over both, and the anonymised search log.
 */
export async function createDiscoveryService(options: DiscoveryServiceOptions): Promise<DiscoveryService> {
  const { logger } = options;
  const store = new PrismaDiscoveryStore(options.prisma);
  const analytics = new PrismaSearchAnalyticsStore(options.prisma);
  const searchLog = new SearchLog({ store: analytics, logger });
  const understanding = new QueryUnderstanding(store);
  await understanding.refresh();
  const resultCache = new SearchResultCache(options.cache, options.searchCacheTtlSeconds ?? DEFAULT_SEARCH_CACHE_TTL_SECONDS);
  const indexer = options.vectors ? new TitleIndexer(store, options.vectors.embedder, options.vectors.index) : null;
  const metrics: SearchMetrics | null = options.metrics ? searchMetrics(options.metrics) : null;

  const projection = new CatalogProjection({
    bus: options.bus,
    store,
    indexer,
    logger,
    ...(options.whenDelivered ? { whenDelivered: options.whenDelivered } : {}),
    onApplied: async () => {
      await resultCache.invalidate();
      // While catching up, one rebuild at the end does what one per batch would.
      if (projection.status().caughtUp) refreshVocabulary();
    },
  });
  const refreshVocabulary = () => {
    void understanding.refresh().catch((error: unknown) => logger.warn({ err: error }, 'discovery: refreshing the vocabulary failed'));
  };
  const engine = new SearchEngine({
    store,
    understanding,
    vectors: options.vectors ? new VectorRetriever(options.vectors.embedder, options.vectors.index) : null,
    cache: resultCache,
    caughtUp: () => projection.status().caughtUp,
    onSearch: (event: SearchEvent) => {
      metrics?.observe(event);
      searchLog.log({
        query: anonymizeQuery(event.text),
        strategy: event.strategy,
        region: event.region,
        resultCount: event.resultCount,
        latencyMs: event.latencyMs,
        cached: event.cached,
        at: new Date(),
      });
    },
    onDegraded: (warning, error) => logger.warn({ err: error, code: warning.code }, 'discovery: search degraded'),
  });

  await projection.start();
  // Ready once caught up and the vocabulary knows every title, so the first searches get spelling and intent right.
  const ready = projection
    .whenCaughtUp()
    .then(() => understanding.refresh())
    .catch((error: unknown) => logger.warn({ err: error }, 'discovery: refreshing the vocabulary failed'));
  void ready.then(() => rebuildIfIncomplete(store, indexer, logger));
  const purge = setInterval(() => {
    void analytics.purgeOlderThan(new Date(Date.now() - ANALYTICS_RETENTION_DAYS * DAY_MS)).catch((error: unknown) =>
      logger.warn({ err: error }, 'discovery: purging old search log entries failed'),
    );
  }, DAY_MS);
  purge.unref();

  const schema = buildDiscoverySchema();
  return {
    name: DISCOVERY_SUBGRAPH_NAME,
    schema,
    createContext: (headers) => {
      let identity: ReturnType<DiscoveryContext['identity']> | undefined;
      return {
        engine,
        store,
        analytics,
        warnings: [],
        identity: () => (identity ??= identityFromHeaders(headers, { secret: options.assertionSecret })),
      };
    },
    describe: async () => {
      const status = projection.status();
      const [stats, vectors] = await Promise.all([store.stats(), options.vectors ? options.vectors.index.count() : 0]);
      return {
        embedder: options.vectors ? describeEmbedder(options.vectors) : { provider: 'none', reason: 'no embedding model could be loaded' },
        vectors: options.vectors ? { kind: options.vectors.index.kind, size: vectors } : null,
        index: { documents: stats.documents, vectors, ...status },
        resultCache: resultCache.enabled ? 'on' : 'off',
      };
    },
    status: () => projection.status(),
    whenCaughtUp: () => ready,
    close: async () => {
      clearInterval(purge);
      await projection.stop();
      await searchLog.close();
      await options.vectors?.index.close();
      await options.vectors?.embedder.close();
    },
  };
}

function describeEmbedder(vectors: VectorSearch): Record<string, unknown> {
  const { provider, modelId, dimensions, skipped } = vectors.embedder.describe();
  return { provider, modelId, dimensions, skipped };
}

/** A vector index that lost titles (a new model's empty collection, a deleted directory) is refilled from the read model. */
async function rebuildIfIncomplete(store: PrismaDiscoveryStore, indexer: TitleIndexer | null, logger: Logger): Promise<void> {
  if (!indexer) return;
  try {
    const [{ documents }, vectors] = await Promise.all([store.stats(), indexer.index.count()]);
    if (vectors >= documents) return;
    logger.info({ documents, vectors }, 'discovery: the vector index is incomplete; rebuilding it from the read model');
    const stats = await indexer.rebuild();
    logger.info({ titles: stats.titles, seconds: stats.ms / 1000 }, 'discovery: vector index rebuilt');
  } catch (error) {
    logger.error({ err: error }, 'discovery: rebuilding the vector index failed');
  }
}
