import type { Cache } from '@media-gateway/cache';
import type { DbClient } from '@media-gateway/db';
import { createDiscoveryService, openVectorSearch, type DiscoveryService } from '@media-gateway/discovery';
import type { InProcessEventBus } from '@media-gateway/events';
import type { Lifecycle, Logger, Metrics } from '@media-gateway/runtime';
import type { EmbeddedMode } from '../config/routerConfig.js';

/**
 * The discovery subgraph inside the router's process: its read model fed by the in-process bus (the catalog's
 * outbox relay publishes to it), the embedding model (EMBEDDING_MODEL_DIR, the model cache, or the built-in static
 * model) and the title index (HNSW under `<DATA_DIR>/vectors`, or Qdrant with QDRANT_URL).
 */
export async function hostDiscovery(
  mode: EmbeddedMode,
  shared: {
    db: DbClient;
    events: InProcessEventBus;
    cache: Cache;
    assertionSecret: string;
    logger: Logger;
    metrics: Metrics;
    lifecycle: Lifecycle;
  },
): Promise<DiscoveryService> {
  const { logger, lifecycle } = shared;
  const vectors = await openVectorSearch({
    modelDir: mode.search.modelDir,
    cacheDir: mode.search.modelCacheDir,
    allowDownload: mode.search.allowDownload,
    qdrantUrl: mode.search.qdrantUrl,
    qdrantApiKey: mode.search.qdrantApiKey,
    dataDir: mode.dataDir,
    logger,
  });
  const discovery = await createDiscoveryService({
    prisma: shared.db.prisma,
    logger,
    bus: shared.events,
    cache: shared.cache,
    assertionSecret: shared.assertionSecret,
    vectors,
    searchCacheTtlSeconds: mode.search.resultCacheTtlSeconds,
    whenDelivered: () => shared.events.whenIdle(),
    metrics: shared.metrics.registry,
  });
  lifecycle.add('discovery', () => discovery.close());
  return discovery;
}
