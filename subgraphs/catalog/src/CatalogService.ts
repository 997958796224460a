import type { GraphQLSchema } from 'graphql';
import type { PrismaClient } from '@media-gateway/db';
import { MemoryPubSub, type PubSub } from '@media-gateway/realtime';
import type { Logger } from '@media-gateway/runtime';
import { buildCatalogSchema, CATALOG_SUBGRAPH_NAME } from './catalogSubgraph.js';
import { createCatalogContext, type CatalogContext } from './CatalogContext.js';
import { PrismaCatalogStore } from './store/PrismaCatalogStore.js';
import type { PlatformRecord } from './store/CatalogStore.js';
import { PLATFORMS } from './availability/platforms.js';
import { publishCatalogSnapshot } from './events/publishCatalogSnapshot.js';
import { runCatalogIngestion, type IngestionReport } from './ingestion/runCatalogIngestion.js';
import type { SourceAdapter } from './ingestion/types.js';

export interface CatalogServiceOptions {
  prisma: PrismaClient;
  logger: Logger;
  /** Serve DEMO offers (generated for films that have no real availability). @default true */
  demoOffers: boolean;
  /**
   * Where availability changes are announced and where `availabilityChanged` listens (`channels.availability()`).
   * Pass the process's shared PubSub (Redis-backed when replicas must hear each other's imports).
   * @default an in-process MemoryPubSub: subscribers hear only imports run through this service's `ingest`
   */
  pubsub?: PubSub;
}

/**
 * The catalog subgraph as a unit the router can host in-process or a standalone server can expose over HTTP:
 * the same schema and the same per-request context either way.
 */
export interface CatalogService {
  name: string;
  schema: GraphQLSchema;
  createContext(headers: Record<string, string | undefined>): CatalogContext;
  /** Re-reads the platform table, after ingestion adds platforms. */
  refreshPlatforms(): Promise<void>;
  /**
   * Runs the import (`runCatalogIngestion`) with this service's database, demo setting and PubSub, so subscribers
   * of `availabilityChanged` hear about the titles whose offers it changed, then re-reads the platform table.
   */
  ingest(options: { adapters: readonly SourceAdapter[]; force?: boolean; now?: Date }): Promise<IngestionReport>;
}

/**
 * Seeds the platform table and, on the first start with an outbox (or a new document version), writes a snapshot
 * of every title to it (`publishCatalogSnapshot`), so consumers of catalog events learn of titles imported earlier.
 */
export async function createCatalogService(options: CatalogServiceOptions): Promise<CatalogService> {
  const store = new PrismaCatalogStore(options.prisma, { includeDemoOffers: options.demoOffers });
  await seedPlatforms(options.prisma);
  await publishCatalogSnapshot({ prisma: options.prisma, logger: options.logger });
  let platforms = new Map<string, PlatformRecord>();
  const refreshPlatforms = async () => {
    platforms = new Map((await store.platforms()).map((p) => [p.id, p]));
  };
  await refreshPlatforms();
  const pubsub = options.pubsub ?? new MemoryPubSub();
  return {
    name: CATALOG_SUBGRAPH_NAME,
    schema: buildCatalogSchema(),
    createContext: () => createCatalogContext(store, platforms, pubsub),
    refreshPlatforms,
    async ingest(ingestion) {
      const report = await runCatalogIngestion({ ...ingestion, prisma: options.prisma, logger: options.logger, demoOffers: options.demoOffers, pubsub });
      await refreshPlatforms();
      return report;
    },
  };
}

/** The platform table mirrors the code's platform registry, so deep-link templates ship with the code. */
async function seedPlatforms(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(
    PLATFORMS.map((p) => {
      const data = {
        name: p.name,
        regions: [...p.regions],
        appUrlTemplate: p.appUrlTemplate,
        webUrlTemplate: p.webUrlTemplate,
        searchUrlTemplate: p.searchUrlTemplate,
      };
      return prisma.platform.upsert({ where: { id: p.id }, create: { id: p.id, ...data }, update: data });
    }),
  );
}
