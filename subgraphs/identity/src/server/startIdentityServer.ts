import type { FastifyInstance } from 'fastify';
import { apiKeyCacheKey } from '@media-gateway/auth';
import { connectRedis, createCache } from '@media-gateway/cache';
import { checkDatabase, createPrismaClient, MIGRATIONS_DIR, migrate, registerDbMetrics } from '@media-gateway/db';
import { createMetrics, createServiceApp, Lifecycle, mountGraphQL, type Logger, type Metrics } from '@media-gateway/runtime';
import type { IdentityConfig } from '../config.js';
import { MailOutboxRelay, type MailOutboxRelayOptions } from '../store/MailOutboxRelay.js';
import { SmtpMailTransport } from '../store/SmtpMailTransport.js';
import { createIdentityServer, type IdentityServer } from './createIdentityServer.js';
import { registerApiKeyLookupRoute } from './registerApiKeyLookupRoute.js';
import { startEventRelay } from './startEventRelay.js';

export interface StartIdentityServerOptions {
  /** @default a new registry with the default process metrics */
  metrics?: Metrics;
  /** Tuning of the SMTP relay (when `config.smtp` is set); tests poll faster. */
  mailRelay?: Pick<MailOutboxRelayOptions, 'pollIntervalMs' | 'batchSize' | 'retry'>;
}

export interface RunningIdentityServer {
  /** Routes are registered; the caller listens (`app.listen`). */
  app: FastifyInstance;
  identity: IdentityServer;
  /** Closes the HTTP server, the mail relay, the timers and the pool, in that order. */
  lifecycle: Lifecycle;
}

/**
 * The identity subgraph as its own process (distributed mode): migrates the database, then serves on one Fastify app
 * the GraphQL subgraph at `/graphql`, the OAuth server at `/oidc` and `/activate`, the router's API-key lookup at
 * `/internal/api-keys/lookup`, and `/health` `/ready` `/metrics`. With SMTP configured, a relay sends the mail
 * outbox; with KAFKA_BROKERS, another publishes the domain-event outbox (`startEventRelay`). On failure everything
 * opened so far is closed before the error is rethrown.
 */
export async function startIdentityServer(
  config: IdentityConfig,
  logger: Logger,
  options: StartIdentityServerOptions = {},
): Promise<RunningIdentityServer> {
  const metrics = options.metrics ?? createMetrics();
  const lifecycle = new Lifecycle(logger);
  try {
    await migrate({ connectionString: config.databaseUrl, migrationsDir: MIGRATIONS_DIR, logger });
    const db = createPrismaClient({ connectionString: config.databaseUrl });
    lifecycle.add('database pool', () => db.dispose());
    registerDbMetrics(db, metrics.registry, { service: 'identity' });
    const redis = config.redisUrl
      ? await connectRedis(config.redisUrl, { onConnectError: (error) => logger.warn({ err: error }, 'Redis unreachable at start; retrying in the background') })
      : undefined;
    if (redis) lifecycle.add('redis', () => redis.disconnect());
    const routerCache = config.redisUrl ? await createCache({ redisUrl: config.redisUrl, keyPrefix: config.routerCachePrefix }) : undefined;
    if (routerCache) lifecycle.add('router cache', () => routerCache.close());

    const identity = await createIdentityServer({
      prisma: db.prisma,
      logger,
      lifecycle,
      publicUrl: config.publicUrl,
      secrets: {
        assertionSecret: config.assertionSecret,
        mfaKey: config.mfaKey,
        cookieKeys: config.cookieKeys,
        serviceClientSecret: config.serviceClientSecret,
      },
      webRedirectUris: config.webRedirectUris,
      mcpRedirectUris: config.mcpRedirectUris,
      trustProxy: config.trustProxy,
      upstreams: config.upstreams,
      ...(redis ? { redis } : {}),
      ...(routerCache ? { apiKeyCache: { evict: (keyHash: string) => routerCache.delete(apiKeyCacheKey(keyHash)) } } : {}),
    });

    if (config.smtp) {
      const transport = new SmtpMailTransport(config.smtp);
      lifecycle.add('smtp transport', () => transport.close());
      const relay = new MailOutboxRelay({ ...options.mailRelay, prisma: db.prisma, transport, logger });
      relay.start();
      lifecycle.add('mail relay', () => relay.stop());
    }
    startEventRelay(config, logger, lifecycle);

    const app = createServiceApp({
      name: 'identity',
      logger,
      metrics,
      readiness: { database: () => checkDatabase(db.pool) },
      describe: () => ({ issuer: identity.issuer, mail: config.smtp ? 'smtp' : 'outbox' }),
    });
    await mountGraphQL(app, {
      schema: identity.service.schema,
      logger,
      lifecycle,
      context: (request) => identity.service.createContext(request.headers),
    });
    identity.mount(app);
    registerApiKeyLookupRoute(app, { lookupApiKey: identity.service.lookupApiKey, assertionSecret: config.assertionSecret });
    return { app, identity, lifecycle };
  } catch (error) {
    await lifecycle.close();
    throw error;
  }
}

