import { checkDatabase, createPrismaClient, MIGRATIONS_DIR, migrate, registerDbMetrics } from '@media-gateway/db';
import { InProcessEventBus, KafkaEventBus, OutboxRelay, type EventBus } from '@media-gateway/events';
import { createPresenceStore, createPubSub, RemoteCommands } from '@media-gateway/realtime';
import { createLogger, createMetrics, createServiceApp, Lifecycle, mountGraphQL, runMain } from '@media-gateway/runtime';
import { readPlaybackConfig } from './config.js';
import { createPlaybackService } from './PlaybackService.js';
import { PLAYBACK_OUTBOX_SCHEMA } from './store/playbackOutbox.js';

// The playback subgraph on its own, against a real Postgres, with Redis shared with the sync subgraph (presence,
// commands) and events through Kafka: `npm start -w subgraphs/playback`.
runMain(async () => {
  const config = readPlaybackConfig();
  const logger = createLogger({ name: 'playback', level: config.logLevel });
  const lifecycle = new Lifecycle(logger);
  lifecycle.closeOnSignals();

  await migrate({ connectionString: config.databaseUrl, migrationsDir: MIGRATIONS_DIR, logger });
  const db = createPrismaClient({ connectionString: config.databaseUrl, logger });
  lifecycle.add('database pool', () => db.dispose());

  if (!config.redisUrl) logger.warn('REDIS_URL not set: sessions, presence and commands live in this process only, apart from the sync subgraph');
  const pubsub = await createPubSub({ redisUrl: config.redisUrl, logger });
  lifecycle.add('pub/sub', () => pubsub.close());
  const presence = await createPresenceStore({ redisUrl: config.redisUrl });
  lifecycle.add('presence', () => presence.close());
  const commands = new RemoteCommands({ pubsub, presence, redisUrl: config.redisUrl, node: 'playback', logger });
  lifecycle.add('remote commands', () => commands.close());

  const bus: EventBus = config.kafkaBrokers
    ? new KafkaEventBus({ brokers: config.kafkaBrokers, clientId: 'playback', logger })
    : new InProcessEventBus({ logger });
  lifecycle.add('event bus', () => bus.close());
  if (config.kafkaBrokers) {
    // A pool of its own (one connection), so the relay's polling never waits behind requests.
    const relayDb = createPrismaClient({ connectionString: config.databaseUrl, poolMax: 1, logger });
    lifecycle.add('outbox relay database pool', () => relayDb.dispose());
    const relay = new OutboxRelay({ prisma: relayDb.prisma, schema: PLAYBACK_OUTBOX_SCHEMA, bus, logger });
    relay.start();
    lifecycle.add('outbox relay', () => relay.stop());
  } else {
    logger.warn('KAFKA_BROKERS not set: no sync, catalog or identity events arrive, and playback events stay in the outbox');
  }

  const metrics = createMetrics();
  registerDbMetrics(db, metrics.registry, { service: 'playback' });
  const playback = await createPlaybackService({
    prisma: db.prisma,
    pubsub,
    presence,
    commands,
    redisUrl: config.redisUrl,
    bus,
    assertionSecret: config.assertionSecret,
    logger,
    metrics: metrics.registry,
  });
  lifecycle.add('playback', () => playback.close());
  await playback.start();

  const app = createServiceApp({
    name: 'playback',
    logger,
    metrics,
    readiness: { database: () => checkDatabase(db.pool) },
    describe: async () => ({ playback: await playback.describe() }),
  });
  await mountGraphQL(app, {
    schema: playback.schema,
    logger,
    lifecycle,
    context: (request) => playback.createContext(request.headers as Record<string, string | undefined>),
    subscriptions: true,
  });
  await app.listen({ port: config.port, host: config.host });
  logger.info({ url: `http://localhost:${config.port}/graphql` }, 'playback subgraph is ready');
});
