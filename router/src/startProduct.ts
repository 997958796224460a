import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import { createAccessTokenVerifier, RedisTokenRevocations } from '@media-gateway/auth';
import { connectRedis, createCache, type Cache } from '@media-gateway/cache';
import { API_AUDIENCE } from '@media-gateway/auth';
import { Lifecycle, type Logger, type Metrics } from '@media-gateway/runtime';
import { readManifest } from '@media-gateway/schema';
import { isEmbeddedMode, type DistributedMode, type RouterConfig } from './config/routerConfig.js';
import { createRouter, type Router } from './createRouter.js';
import { createAuthenticator } from './auth/createAuthenticator.js';
import { cachedApiKeyLookup } from './auth/cachedApiKeyLookup.js';
import { remoteApiKeyLookup } from './auth/remoteApiKeyLookup.js';
import { startRateLimiter } from './http/startRateLimiter.js';
import { hostSubgraphs, type HostedSubgraphs } from './embedded/hostSubgraphs.js';
import { remoteReadiness } from './gateway/remoteReadiness.js';
import { SUPERGRAPH_PATH } from './supergraphPath.js';

/** Namespace of the router's cache in Redis; the standalone identity service evicts API keys under it. */
export const ROUTER_CACHE_PREFIX = 'mg:router:';

export interface Product {
  router: Router;
  lifecycle: Lifecycle;
  /** Embedded mode: resolves once the hosted read models have applied every event written so far (for tests). */
  settle?: () => Promise<void>;
}

/** Starts the router with its subgraphs hosted in-process (embedded) or reached over HTTP (distributed). */
export async function startProduct(config: RouterConfig, logger: Logger, metrics: Metrics): Promise<Product> {
  const lifecycle = new Lifecycle(logger);
  try {
    const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
    const { mode } = config;
    // Read before anything starts: a missing or malformed manifest stops start-up at once.
    const manifest = readManifest(config.persistedOperations.manifestPath);
    const cache = await createCache({ redisUrl: config.redisUrl, keyPrefix: ROUTER_CACHE_PREFIX });
    lifecycle.add('cache', () => cache.close());
    const redis = config.redisUrl
      ? await connectRedis(config.redisUrl, { onConnectError: (error) => logger.warn({ err: error }, 'Redis unreachable at start; retrying in the background') })
      : undefined;
    if (redis) lifecycle.add('redis', () => redis.disconnect());
    const shared = { assertionSecret: config.identityAssertionSecret, cache, redis, redisUrl: config.redisUrl, rateLimit: config.rateLimit };
    const hosted = isEmbeddedMode(mode) ? await hostSubgraphs(mode, shared, logger, metrics, lifecycle) : reachSubgraphs(mode, shared, logger);
    const readiness = { ...hosted.readiness, ...(cache.kind === 'redis' ? { redis: () => pingCache(cache) } : {}) };
    const authenticate = createAuthenticator({
      assertionSecret: config.identityAssertionSecret,
      accessTokens: hosted.auth?.accessTokens,
      apiKeys: hosted.auth?.apiKeys,
      revocations: hosted.auth?.revocations,
      onRevocationStoreError: (error) => logger.error({ err: error }, 'token revocation list unavailable; bearer tokens refused'),
    });
    const rateLimiter = config.rateLimit.enabled ? startRateLimiter(config, logger, redis) : undefined;
    const router = await createRouter({
      config,
      logger,
      cache,
      authenticate,
      rateLimiter,
      metrics,
      supergraphSdl,
      transport: isEmbeddedMode(mode) ? { kind: 'in-process', subgraphs: hosted.subgraphs } : { kind: 'http', urls: mode.subgraphUrls, timeoutMs: mode.subgraphTimeoutMs },
      readiness,
      describe: async () => ({ ...hosted.facts, ...(await hosted.describe?.()), cache: cache.kind, persistedOperations: config.persistedOperations.mode }),
      persistedOperations: { manifest, mode: config.persistedOperations.mode, origin: config.persistedOperations.manifestPath },
      arw: {
        publicUrl: config.publicUrl,
        mcpUrl: config.arw.mcpPublicUrl,
        oauthIssuer: isEmbeddedMode(mode) ? `${mode.publicUrl}/oidc` : mode.identity?.issuer,
      },
    });
    hosted.mount?.(router.app);
    lifecycle.add('router', () => router.close());
    return { router, lifecycle, ...(hosted.settle ? { settle: hosted.settle } : {}) };
  } catch (error) {
    await lifecycle.close();
    throw error;
  }
}

/**
 * Distributed mode: subgraphs are other processes. Access tokens are verified against the identity server's JWKS
 * (cached, refetched once for an unknown `kid`) and API keys are resolved by its internal lookup endpoint; without
 * an identity subgraph there is no one to ask, and every credential is refused.
 */
function reachSubgraphs(
  mode: DistributedMode,
  shared: { assertionSecret: string; cache: Cache; redis: Redis | undefined },
  logger: Logger,
): HostedSubgraphs {
  const { identity } = mode;
  const base = { subgraphs: [], readiness: remoteReadiness(mode.subgraphUrls) };
  if (!identity) return { ...base, facts: { mode: 'distributed', identity: 'none' } };
  const lookupKey = remoteApiKeyLookup({ url: identity.internalUrl, assertionSecret: shared.assertionSecret, timeoutMs: identity.timeoutMs, logger });
  return {
    ...base,
    facts: { mode: 'distributed', identity: { issuer: identity.issuer } },
    auth: {
      accessTokens: createAccessTokenVerifier({
        issuer: identity.issuer,
        audience: API_AUDIENCE,
        keys: { kind: 'remote', jwksUrl: identity.jwksUrl, timeoutMs: identity.timeoutMs },
      }),
      // Cached only in Redis, where the identity service evicts a revoked key; a cache in this process would keep
      // serving it until the entry expired.
      apiKeys:
        shared.cache.kind === 'redis'
          ? cachedApiKeyLookup(lookupKey, {
              cache: shared.cache,
              onCacheError: (error, operation) => logger.warn({ err: error, operation }, 'API-key cache failed; asked the identity service'),
            })
          : lookupKey,
      // The identity service writes the denylist into the same Redis; without one, revocation reaches the router
      // only when the tokens expire.
      ...(shared.redis ? { revocations: new RedisTokenRevocations(shared.redis) } : {}),
    },
  };
}

async function pingCache(cache: { ping(): Promise<void> }) {
  const started = performance.now();
  await cache.ping();
  return { ok: true, latencyMs: Math.round(performance.now() - started) };
}
