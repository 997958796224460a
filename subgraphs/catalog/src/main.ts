import { checkDatabase, createPrismaClient, MIGRATIONS_DIR, migrate, registerDbMetrics } from '@media-gateway/db';
import { KafkaEventBus, OutboxRelay } from '@media-gateway/events';
import { createLogger, createMetrics, createServiceApp, Lifecycle, mountGraphQL, runMain, type Logger } from '@media-gateway/runtime';
import { createPubSub } from '@media-gateway/realtime';
import { readCatalogConfig, type CatalogConfig } from './config.js';
import { CATALOG_OUTBOX_SCHEMA } from './events/catalogOutbox.js';
import { createCatalogService } from './CatalogService.js';
import { defaultCatalogSources } from './ingestion/defaultCatalogSources.js';

// The catalog subgraph on its own, against a real Postgres: `npm start -w subgraphs/catalog`.
runMain(async () => {
  const config = readCatalogConfig();
  const logger = createLogger({ name: 'catalog', level: config.logLevel });
  const lifecycle = new Lifecycle(logger);
  lifecycle.closeOnSignals();

  await migrate({ connectionString: config.databaseUrl, migrationsDir: MIGRATIONS_DIR, logger });
  const db = createPrismaClient({ connectionString: config.databaseUrl });
  lifecycle.add('database pool', () => db.dispose());
  const pubsub = await createPubSub({ redisUrl: config.redisUrl, logger });
  lifecycle.add('pubsub', () => pubsub.close());
  const catalog = await createCatalogService({ prisma: db.prisma, logger, demoOffers: config.demoOffers, pubsub });
  if (config.ingestOnStart) await catalog.ingest({ adapters: defaultCatalogSources() });
  startEventRelay(config, logger, lifecycle);

  const metrics = createMetrics();
  registerDbMetrics(db, metrics.registry, { service: 'catalog' });
  const app = createServiceApp({
    name: 'catalog',
    logger,
    metrics,
    readiness: { database: () => checkDatabase(db.pool) },
  });
  await mountGraphQL(app, {
    schema: catalog.schema,
    logger,
    lifecycle,
    context: (request) => catalog.createContext(request.headers as Record<string, string | undefined>),
    // `availabilityChanged`, for the router's subscriptions.
    subscriptions: true,
  });
  await app.listen({ port: config.port, host: config.host });
  logger.info({ url: `http://localhost:${config.port}/graphql` }, 'catalog subgraph is ready');
});

/**
 * Publishes the catalog's outbox to Kafka when brokers are configured. The relay has a pool of its own (one
 * connection): its polling neither waits behind requests nor counts in the request pool's metrics.
 */
function startEventRelay(config: CatalogConfig, logger: Logger, lifecycle: Lifecycle): void {
  if (!config.kafkaBrokers) {
    logger.info({ outbox: `${CATALOG_OUTBOX_SCHEMA}.outbox_event` }, 'KAFKA_BROKERS not set: catalog events stay in the outbox until a broker is configured');
    return;
  }
  const bus = new KafkaEventBus({ brokers: config.kafkaBrokers, clientId: 'catalog', logger });
  lifecycle.add('event bus', () => bus.close());
  const relayDb = createPrismaClient({ connectionString: config.databaseUrl, poolMax: 1, logger });
  lifecycle.add('outbox relay database pool', () => relayDb.dispose());
  const relay = new OutboxRelay({ prisma: relayDb.prisma, schema: CATALOG_OUTBOX_SCHEMA, bus, logger });
  relay.start();
  lifecycle.add('outbox relay', () => relay.stop());
  logger.info({ brokers: config.kafkaBrokers }, 'catalog events relayed to Kafka');
}
