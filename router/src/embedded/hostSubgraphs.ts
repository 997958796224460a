import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import {
  checkDatabase,
  createPrismaClient,
  EMBEDDED_POOL_MAX,
  MIGRATIONS_DIR,
  migrate,
  registerDbMetrics,
  startEmbeddedPostgres,
  type DbClient,
} from '@media-gateway/db';
import { CATALOG_OUTBOX_SCHEMA, createCatalogService, defaultCatalogSources } from '@media-gateway/catalog';
import { InProcessEventBus, OutboxRelay, outboxReplaySource, type EventBus } from '@media-gateway/events';
import { IDENTITY_OUTBOX_SCHEMA } from '@media-gateway/identity';
import { PLAYBACK_OUTBOX_SCHEMA } from '@media-gateway/playback';
import { SYNC_OUTBOX_SCHEMA } from '@media-gateway/sync';
import type { HealthCheck, Lifecycle, Logger, Metrics } from '@media-gateway/runtime';
import type { EmbeddedMode, RouterConfig } from '../config/routerConfig.js';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { Cache } from '@media-gateway/cache';
import type { InProcessSubgraph } from '../gateway/InProcessDataSource.js';
import { hostDiscovery } from './hostDiscovery.js';
import { hostIdentity, type HostedIdentity } from './hostIdentity.js';
import { hostPlayback } from './hostPlayback.js';
import { hostRecommendations } from './hostRecommendations.js';
import { hostRealtime } from './hostRealtime.js';
import { hostSync } from './hostSync.js';
import { loadEmbeddedSecrets } from './loadEmbeddedSecrets.js';

export interface HostedSubgraphs {
  subgraphs: InProcessSubgraph[];
  /** How the router verifies credentials issued by the identity service (hosted here, or reached over HTTP). */
  auth?: Pick<HostedIdentity, 'accessTokens' | 'apiKeys'> & Partial<Pick<HostedIdentity, 'revocations'>>;
  /** Adds the hosted services' own HTTP routes (the OAuth server) to the router. */
  mount?: (app: FastifyInstance) => void;
  readiness: Record<string, HealthCheck>;
  facts: Record<string, unknown>;
  /** Facts that change while the process runs (discovery's index as it catches up). */
  describe?: () => Promise<Record<string, unknown>>;
  /**
   * Resolves once the hosted read models have applied every event written so far (outboxes drained first): discovery's index, each consumer
   * group on the bus, playback's and recommendations' buffered batches, and recommendations' models (rebuilt when
   * stale). Tests wait on it so background writes don't overlap them.
   */
  settle?: () => Promise<void>;
  /**
   * The embedded mode's domain-event bus: the catalog's outbox relay publishes to it, and in-process consumers
   * (discovery's read model) subscribe, with `replay` to catch up from the outbox. Absent in distributed mode,
   * where subgraphs use Kafka themselves.
   */
  events?: EventBus;
}

/**
 * Brings up everything the embedded product needs in this process: Postgres (PGlite under `dataDir` unless a
 * DATABASE_URL is given), migrations, the seed import, and each subgraph ready to be called in-process.
 */
export async function hostSubgraphs(
  mode: EmbeddedMode,
  shared: {
    assertionSecret: string;
    /** The router's cache, also in front of API-key lookups. */
    cache: Cache;
    /** The router's Redis connection when REDIS_URL is set: shared auth state lives there. */
    redis: Redis | undefined;
    /** REDIS_URL: pub/sub, presence, commands and playback sessions open connections of their own there. */
    redisUrl: string | undefined;
    /** Rate-limit settings; the OAuth endpoints' caps count under the same Redis namespace. */
    rateLimit: Pick<RouterConfig['rateLimit'], 'keyPrefix' | 'oauthEnabled'>;
  },
  logger: Logger,
  metrics: Metrics,
  lifecycle: Lifecycle,
): Promise<HostedSubgraphs> {
  let connectionString = mode.databaseUrl;
  let poolMax = mode.databasePoolMax;
  if (!connectionString) {
    const dataDir = join(mode.dataDir, 'pglite');
    mkdirSync(dataDir, { recursive: true });
    const embedded = await startEmbeddedPostgres({ dataDir, port: 0 });
    lifecycle.add('embedded postgres', () => embedded.stop());
    connectionString = embedded.connectionString;
    poolMax = EMBEDDED_POOL_MAX;
  }
  await migrate({ connectionString, migrationsDir: MIGRATIONS_DIR, logger });

  const db = createPrismaClient({ connectionString, poolMax });
  lifecycle.add('database pool', () => db.dispose());
  registerDbMetrics(db, metrics.registry, { service: 'embedded' });

  const realtime = await hostRealtime(shared.redisUrl, logger, lifecycle);
  const catalog = await createCatalogService({ prisma: db.prisma, logger, demoOffers: mode.demoOffers, pubsub: realtime.pubsub });
  const ingestion = await catalog.ingest({ adapters: defaultCatalogSources() });
  const { bus: events, drain: drainOutboxes } = startEventRelays({ connectionString, poolMax, db, logger, lifecycle });
  const discovery = await hostDiscovery(mode, { db, events, cache: shared.cache, assertionSecret: shared.assertionSecret, logger, metrics, lifecycle });
  const identity = await hostIdentity({
    prisma: db.prisma,
    logger,
    lifecycle,
    publicUrl: mode.publicUrl,
    webRedirectUris: mode.webRedirectUris,
    upstreams: mode.upstreams,
    assertionSecret: shared.assertionSecret,
    secrets: loadEmbeddedSecrets(join(mode.dataDir, 'secrets.json')),
    cache: shared.cache,
    redis: shared.redis,
    oauthLimits: { enabled: shared.rateLimit.oauthEnabled, keyPrefix: `${shared.rateLimit.keyPrefix}:oauth` },
  });

  const hostedLive = { db, events, realtime, redisUrl: shared.redisUrl, assertionSecret: shared.assertionSecret, logger, metrics, lifecycle };
  const sync = await hostSync(hostedLive);
  const playback = await hostPlayback(hostedLive);
  const recommendations = await hostRecommendations({ db, events, assertionSecret: shared.assertionSecret, logger, lifecycle, trainIntervalSeconds: mode.recsTrainIntervalSeconds });

  return {
    subgraphs: [catalog, identity.subgraph, discovery, sync, playback, recommendations],
    auth: identity,
    mount: identity.mount,
    readiness: { database: () => checkDatabase(db.pool) },
    facts: {
      mode: 'embedded',
      database: mode.databaseUrl ? 'postgres' : 'embedded-pglite',
      catalog: { seedImport: ingestion.upToDate ? 'up to date' : `imported ${ingestion.titles} titles`, demoOffers: mode.demoOffers },
      events: { bus: events.kind, outboxes: OUTBOXES },
      realtime: realtime.pubsub.kind,
    },
    describe: async () => ({
      discovery: await discovery.describe(),
      sync: await sync.describe(),
      playback: await playback.describe(),
      recommendations: await recommendations.describe(),
    }),
    settle: async () => {
      await discovery.whenCaughtUp();
      // Twice: what the first round applies can append more events (sync turns playback positions into progress).
      for (let round = 0; round < 2; round++) {
        await drainOutboxes();
        await events.whenIdle();
        await playback.flushProjections();
        await recommendations.flushProjections();
      }
      await recommendations.whenTrained();
    },
    events,
  };
}

/** Every subgraph's outbox, in the order their relays start. */
const OUTBOXES = [CATALOG_OUTBOX_SCHEMA, IDENTITY_OUTBOX_SCHEMA, SYNC_OUTBOX_SCHEMA, PLAYBACK_OUTBOX_SCHEMA];

/**
 * The in-process bus, fed by a relay on each subgraph's outbox (ARCHITECTURE.md: "in-process bus fed by the same
 * outbox"), with each outbox registered for replay. Against a server the relays share a connection of their own and
 * poll every 200 ms, so they neither queue behind requests nor count in their pool's metrics. On a single shared
 * connection (PGlite serves one at a time) they don't poll: every writer is in this process, and an append wakes them.
 */
function startEventRelays(options: {
  connectionString: string;
  poolMax: number;
  db: DbClient;
  logger: Logger;
  lifecycle: Lifecycle;
}): { bus: InProcessEventBus; drain: () => Promise<void> } {
  const { connectionString, poolMax, db, logger, lifecycle } = options;
  const bus = new InProcessEventBus({ logger });
  lifecycle.add('event bus', () => bus.close());
  const ownConnection = poolMax > EMBEDDED_POOL_MAX;
  const relayDb = ownConnection ? createPrismaClient({ connectionString, poolMax: 1, logger }) : db;
  if (ownConnection) lifecycle.add('outbox relay database pool', () => relayDb.dispose());
  const relays = OUTBOXES.map((schema) => {
    bus.addReplaySource(outboxReplaySource(db.prisma, schema));
    const relay = new OutboxRelay({ prisma: relayDb.prisma, schema, bus, logger, pollIntervalMs: ownConnection ? 200 : null });
    relay.start();
    lifecycle.add(`${schema} outbox relay`, () => relay.stop());
    return relay;
  });
  // Publishes what is still waiting in any outbox now rather than at the next poll (tests settle on it).
  const drain = async () => {
    for (const relay of relays) await relay.drain();
  };
  return { bus, drain };
}
