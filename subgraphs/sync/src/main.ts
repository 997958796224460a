import { checkDatabase, createPrismaClient, MIGRATIONS_DIR, migrate, registerDbMetrics } from '@media-gateway/db';
import { KafkaEventBus, OutboxRelay, type EventBus } from '@media-gateway/events';
import { createPresenceStore, createPubSub, RemoteCommands } from '@media-gateway/realtime';
import { createLogger, createMetrics, createServiceApp, Lifecycle, mountGraphQL, runMain, type Logger } from '@media-gateway/runtime';
import { readSyncConfig, type SyncConfig } from './config.js';
import { SYNC_OUTBOX_SCHEMA } from './events/syncOutbox.js';
import { createSyncService } from './SyncService.js';
import { DEPARTURES_KEY_PREFIX } from './devices/DeviceModule.js';

// The sync subgraph on its own, against a real Postgres, with Redis for pub/sub and presence and Kafka for events
// when configured: `npm start -w subgraphs/sync`.
runMain(async () => {
  const config = readSyncConfig();
  const logger = createLogger({ name: 'sync', level: config.logLevel });
  const lifecycle = new Lifecycle(logger);
  lifecycle.closeOnSignals();

  await migrate({ connectionString: config.databaseUrl, migrationsDir: MIGRATIONS_DIR, logger });
  const db = createPrismaClient({ connectionString: config.databaseUrl, logger });
  lifecycle.add('database pool', () => db.dispose());

  if (!config.redisUrl) logger.warn('REDIS_URL not set: pub/sub, presence and commands stay in this process (one replica only)');
  const pubsub = await createPubSub({ redisUrl: config.redisUrl, logger });
  lifecycle.add('pub/sub', () => pubsub.close());
  const presence = await createPresenceStore({ redisUrl: config.redisUrl });
  lifecycle.add('presence store', () => presence.close());
  // Departure graces shared by replicas (see DeviceModuleDeps.departures); in process without Redis.
  const departures = config.redisUrl ? await createPresenceStore({ redisUrl: config.redisUrl, keyPrefix: DEPARTURES_KEY_PREFIX }) : undefined;
  if (departures) lifecycle.add('departures store', () => departures.close());
  const commands = new RemoteCommands({ pubsub, presence, redisUrl: config.redisUrl, logger });
  lifecycle.add('remote commands', () => commands.close());

  const bus = startEvents(config, logger, lifecycle);
  const metrics = createMetrics();
  registerDbMetrics(db, metrics.registry, { service: 'sync' });
  const sync = createSyncService({
    prisma: db.prisma,
    pubsub,
    presence,
    commands,
    ...(bus ? { bus } : {}),
    ...(departures ? { departures } : {}),
    assertionSecret: config.assertionSecret,
    logger,
    metrics: metrics.registry,
  });
  lifecycle.add('sync', () => sync.close());
  await sync.start();

  const app = createServiceApp({
    name: 'sync',
    logger,
    metrics,
    readiness: { database: () => checkDatabase(db.pool) },
    describe: async () => ({ sync: await sync.describe() }),
  });
  await mountGraphQL(app, {
    schema: sync.schema,
    logger,
    lifecycle,
    context: (request) => sync.createContext(request.headers as Record<string, string | undefined>),
    // `libraryChanged`, `deviceCommands`, `presenceChanged` and `commandStatusChanged`, for the router's subscriptions.
    subscriptions: true,
  });
  await app.listen({ port: config.port, host: config.host });
  logger.info({ url: `http://localhost:${config.port}/graphql` }, 'sync subgraph is ready');
});

/**
 * With Kafka: playback's events come in, and sync's outbox is relayed out by a relay on a pool of its own (one
 * connection), so its polling neither waits behind requests nor counts in the request pool's metrics.
 */
function startEvents(config: SyncConfig, logger: Logger, lifecycle: Lifecycle): EventBus | undefined {
  if (!config.kafkaBrokers) {
    logger.info({ outbox: `${SYNC_OUTBOX_SCHEMA}.outbox_event` }, 'KAFKA_BROKERS not set: no playback positions arrive, and sync events stay in the outbox');
    return undefined;
  }
  const bus = new KafkaEventBus({ brokers: config.kafkaBrokers, clientId: 'sync', logger });
  lifecycle.add('event bus', () => bus.close());
  const relayDb = createPrismaClient({ connectionString: config.databaseUrl, poolMax: 1, logger });
  lifecycle.add('outbox relay database pool', () => relayDb.dispose());
  const relay = new OutboxRelay({ prisma: relayDb.prisma, schema: SYNC_OUTBOX_SCHEMA, bus, logger });
  relay.start();
  lifecycle.add('outbox relay', () => relay.stop());
  logger.info({ brokers: config.kafkaBrokers }, 'sync events relayed to Kafka; playback positions consumed from it');
  return bus;
}
