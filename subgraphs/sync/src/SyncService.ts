import { randomUUID } from 'node:crypto';
import { identityFromHeaders, isAuthError } from '@media-gateway/auth';
import { HybridClock } from '@media-gateway/crdt';
import type { PrismaClient } from '@media-gateway/db';
import type { EventBus } from '@media-gateway/events';
import type { PresenceStore, PubSub, RemoteCommands } from '@media-gateway/realtime';
import type { Logger } from '@media-gateway/runtime';
import type { GraphQLSchema } from 'graphql';
import type { Registry } from 'prom-client';
import { PlaybackProgressConsumer } from './consumers/PlaybackProgressConsumer.js';
import { createDeviceModule } from './devices/DeviceModule.js';
import { syncError } from './errors.js';
import { LibrarySync } from './library/LibrarySync.js';
import { PrismaLibraryStore } from './store/PrismaLibraryStore.js';
import type { SyncContext } from './SyncContext.js';
import { syncMetrics } from './syncMetrics.js';
import { buildSyncSchema, SYNC_SUBGRAPH_NAME } from './syncSubgraph.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The operation log keeps 30 days; a device away longer reloads the whole library (`fullStateRequired`). */
export const OPERATION_LOG_RETENTION_DAYS = 30;
const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

export interface SyncServiceOptions {
  prisma: PrismaClient;
  /** Library changes and device messages fan out here (Redis across replicas, memory embedded). */
  pubsub: PubSub;
  /** Who is online (§8); shared with RemoteCommands and the playback subgraph. */
  presence: PresenceStore;
  commands: RemoteCommands;
  /** Where `playback.position.updated` arrives; without one, progress comes from devices only. */
  bus?: EventBus;
  /** Verifies the identity the router forwards. */
  assertionSecret: string;
  logger: Logger;
  metrics?: Registry;
  /** The device module's store for departure graces; see `DeviceModuleDeps.departures`. */
  departures?: PresenceStore;
  /** @default Date.now */
  now?: () => number;
}

/** The sync subgraph as a unit a router hosts in-process or a standalone server exposes. */
export interface SyncService {
  name: typeof SYNC_SUBGRAPH_NAME;
  schema: GraphQLSchema;
  /**
   * The context of one request, from the headers the router sent. No `x-mg-identity` header is an anonymous caller
   * (every field then answers UNAUTHENTICATED); a header that does not verify is UNAUTHENTICATED itself.
   */
  createContext(headers: Record<string, string | undefined>): Promise<SyncContext>;
  /** Starts the playback consumer, the presence sweeper and the operation log's retention job. */
  start(): Promise<void>;
  describe(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * The sync subgraph (PRODUCT_SPEC §8, §9): each profile's library synced across devices — watchlist, progress,
 * preferences — with its operation log and live changes, plus the user's devices, presence and remote control.
 */
export function createSyncService(options: SyncServiceOptions): SyncService {
  const { logger, prisma } = options;
  if (typeof options.assertionSecret !== 'string' || Buffer.byteLength(options.assertionSecret) < 32) {
    throw new TypeError('createSyncService: `assertionSecret` must be a string of at least 32 bytes');
  }
  const now = options.now ?? Date.now;
  const store = new PrismaLibraryStore(prisma);
  const devices = createDeviceModule({
    prisma,
    pubsub: options.pubsub,
    presence: options.presence,
    commands: options.commands,
    logger,
    now,
    ...(options.departures ? { departures: options.departures } : {}),
  });
  const library = new LibrarySync({
    store,
    pubsub: options.pubsub,
    // One clock per replica; its node only names the replica, since devices stamp the library's writes themselves.
    clock: new HybridClock({ node: `sync:${randomUUID()}`, wallClock: now }),
    devices: devices.registry,
    logger,
    metrics: options.metrics ? syncMetrics(options.metrics) : null,
  });
  const consumer = options.bus ? new PlaybackProgressConsumer({ bus: options.bus, store, library, logger }) : null;

  let pruneTimer: ReturnType<typeof setInterval> | undefined;
  let pruning: Promise<unknown> | undefined;
  const prune = () => {
    if (pruning) return;
    pruning = store
      .pruneOperations(new Date(now() - OPERATION_LOG_RETENTION_DAYS * DAY_MS))
      .then((deleted) => deleted > 0 && logger.info({ deleted }, 'sync: pruned the operation log'))
      .catch((error: unknown) => logger.warn({ err: error }, 'sync: pruning the operation log failed'))
      .finally(() => (pruning = undefined));
  };

  return {
    name: SYNC_SUBGRAPH_NAME,
    schema: buildSyncSchema(devices.resolvers),
    async createContext(headers) {
      try {
        return { identity: await identityFromHeaders(headers, { secret: options.assertionSecret, now: new Date(now()) }), library };
      } catch (error) {
        if (isAuthError(error)) throw syncError('UNAUTHENTICATED', error.message);
        throw error;
      }
    },
    async start() {
      await devices.start();
      await consumer?.start();
      if (!pruneTimer) {
        prune();
        pruneTimer = setInterval(prune, PRUNE_INTERVAL_MS);
        pruneTimer.unref();
      }
    },
    describe: async () => ({
      pubsub: options.pubsub.kind,
      operationLogRetentionDays: OPERATION_LOG_RETENTION_DAYS,
      playbackConsumer: consumer ? consumer.status() : 'off (no event bus)',
    }),
    async close() {
      clearInterval(pruneTimer);
      pruneTimer = undefined;
      await pruning;
      await consumer?.stop();
      await devices.close();
    },
  };
}
