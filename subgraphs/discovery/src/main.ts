import { createCache } from '@media-gateway/cache';
import { checkDatabase, createPrismaClient, MIGRATIONS_DIR, migrate, registerDbMetrics } from '@media-gateway/db';
import { InProcessEventBus, KafkaEventBus, type EventBus } from '@media-gateway/events';
import { createLogger, createMetrics, createServiceApp, Lifecycle, mountGraphQL, runMain } from '@media-gateway/runtime';
import { readDiscoveryConfig } from './config.js';
import { createDiscoveryService } from './DiscoveryService.js';
import { openVectorSearch } from './indexing/openVectorSearch.js';
import { warningsPlugin } from './graphql/warningsPlugin.js';

// The discovery subgraph on its own, against a real Postgres, fed catalog events from Kafka:
// `npm start -w subgraphs/discovery`.
runMain(async () => {
  const config = readDiscoveryConfig();
  const logger = createLogger({ name: 'discovery', level: config.logLevel });
  const lifecycle = new Lifecycle(logger);
  lifecycle.closeOnSignals();

  await migrate({ connectionString: config.databaseUrl, migrationsDir: MIGRATIONS_DIR, logger });
  const db = createPrismaClient({ connectionString: config.databaseUrl });
  lifecycle.add('database pool', () => db.dispose());
  const cache = await createCache({ redisUrl: config.redisUrl, keyPrefix: 'mg' });
  lifecycle.add('cache', () => cache.close());

  let bus: EventBus;
  if (config.kafkaBrokers) {
    bus = new KafkaEventBus({ brokers: config.kafkaBrokers, clientId: 'discovery', logger });
  } else {
    logger.warn('KAFKA_BROKERS not set: no catalog events arrive, and search answers from the read model as it is');
    bus = new InProcessEventBus({ logger });
  }
  lifecycle.add('event bus', () => bus.close());

  const vectors = await openVectorSearch({
    modelDir: config.embedding.modelDir,
    cacheDir: config.embedding.cacheDir,
    allowDownload: config.embedding.allowDownload,
    qdrantUrl: config.qdrant.url,
    qdrantApiKey: config.qdrant.apiKey,
    dataDir: config.dataDir,
    logger,
  });
  const metrics = createMetrics();
  registerDbMetrics(db, metrics.registry, { service: 'discovery' });
  const discovery = await createDiscoveryService({
    prisma: db.prisma,
    logger,
    bus,
    cache,
    assertionSecret: config.assertionSecret,
    vectors,
    searchCacheTtlSeconds: config.searchCacheTtlSeconds,
    metrics: metrics.registry,
  });
  lifecycle.add('discovery', () => discovery.close());

  const app = createServiceApp({
    name: 'discovery',
    logger,
    metrics,
    readiness: { database: () => checkDatabase(db.pool) },
    describe: async () => ({ discovery: await discovery.describe() }),
  });
  await mountGraphQL(app, {
    schema: discovery.schema,
    logger,
    lifecycle,
    context: (request) => discovery.createContext(request.headers as Record<string, string | undefined>),
    plugins: [warningsPlugin()],
  });
  await app.listen({ port: config.port, host: config.host });
  logger.info({ url: `http://localhost:${config.port}/graphql` }, 'discovery subgraph is ready');
});
