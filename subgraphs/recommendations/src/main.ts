import { checkDatabase, createPrismaClient, MIGRATIONS_DIR, migrate, registerDbMetrics } from '@media-gateway/db';
import { InProcessEventBus, KafkaEventBus, type EventBus } from '@media-gateway/events';
import { createLogger, createMetrics, createServiceApp, Lifecycle, mountGraphQL, runMain } from '@media-gateway/runtime';
import { readRecommendationsConfig } from './config.js';
import { createRecommendationsService } from './RecommendationsService.js';

// The recommendations subgraph on its own, against a real Postgres, with events through Kafka:
// `npm start -w subgraphs/recommendations`. It publishes no events, so it runs no outbox relay.
runMain(async () => {
  const config = readRecommendationsConfig();
  const logger = createLogger({ name: 'recommendations', level: config.logLevel });
  const lifecycle = new Lifecycle(logger);
  lifecycle.closeOnSignals();

  await migrate({ connectionString: config.databaseUrl, migrationsDir: MIGRATIONS_DIR, logger });
  const db = createPrismaClient({ connectionString: config.databaseUrl, logger });
  lifecycle.add('database pool', () => db.dispose());

  const bus: EventBus = config.kafkaBrokers
    ? new KafkaEventBus({ brokers: config.kafkaBrokers, clientId: 'recommendations', logger })
    : new InProcessEventBus({ logger });
  lifecycle.add('event bus', () => bus.close());
  if (!config.kafkaBrokers) logger.warn('KAFKA_BROKERS not set: no catalog, identity or sync events arrive, so there is nothing to recommend');

  const metrics = createMetrics();
  registerDbMetrics(db, metrics.registry, { service: 'recommendations' });
  const recommendations = await createRecommendationsService({
    prisma: db.prisma,
    bus,
    assertionSecret: config.assertionSecret,
    logger,
    trainIntervalSeconds: config.trainIntervalSeconds,
  });
  lifecycle.add('recommendations', () => recommendations.close());
  await recommendations.start();

  const app = createServiceApp({
    name: 'recommendations',
    logger,
    metrics,
    readiness: { database: () => checkDatabase(db.pool) },
    describe: async () => ({ recommendations: await recommendations.describe() }),
  });
  await mountGraphQL(app, {
    schema: recommendations.schema,
    logger,
    lifecycle,
    context: (request) => recommendations.createContext(request.headers as Record<string, string | undefined>),
  });
  await app.listen({ port: config.port, host: config.host });
  logger.info({ url: `http://localhost:${config.port}/graphql` }, 'recommendations subgraph is ready');
});
