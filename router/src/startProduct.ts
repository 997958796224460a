import { readFileSync } from 'node:fs';
import { createCache } from '@media-gateway/cache';
import { Lifecycle, type Logger, type Metrics } from '@media-gateway/runtime';
import { isEmbeddedMode, type RouterConfig } from './config/routerConfig.js';
import { createRouter, type Router } from './createRouter.js';
import { createAuthenticator } from './auth/createAuthenticator.js';
import { startRateLimiter } from './http/startRateLimiter.js';
import { hostSubgraphs } from './embedded/hostSubgraphs.js';
import { remoteReadiness } from './gateway/remoteReadiness.js';
import { SUPERGRAPH_PATH } from './supergraphPath.js';

export interface Product {
  router: Router;
  lifecycle: Lifecycle;
}

/** Starts the router with its subgraphs hosted in-process (embedded) or reached over HTTP (distributed). */
export async function startProduct(config: RouterConfig, logger: Logger, metrics: Metrics): Promise<Product> {
  const lifecycle = new Lifecycle(logger);
  try {
    const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
    const { mode } = config;
    const cache = await createCache({ redisUrl: config.redisUrl, keyPrefix: 'mg:router:' });
    lifecycle.add('cache', () => cache.close());
    const hosted = isEmbeddedMode(mode)
      ? await hostSubgraphs(mode, config.identityAssertionSecret, logger, metrics, lifecycle)
      : { subgraphs: [], readiness: remoteReadiness(mode.subgraphUrls), facts: { mode: 'distributed' }, auth: undefined, mount: undefined };
    const readiness = { ...hosted.readiness, ...(cache.kind === 'redis' ? { redis: () => pingCache(cache) } : {}) };
    const authenticate = createAuthenticator({
      assertionSecret: config.identityAssertionSecret,
      accessTokens: hosted.auth?.accessTokens,
      apiKeys: hosted.auth?.apiKeys,
    });
    const rateLimiter = config.rateLimit.enabled ? await startRateLimiter(config, logger, lifecycle) : undefined;
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
      describe: () => ({ ...hosted.facts, cache: cache.kind }),
    });
    hosted.mount?.(router.app);
    lifecycle.add('router', () => router.close());
    return { router, lifecycle };
  } catch (error) {
    await lifecycle.close();
    throw error;
  }
}

async function pingCache(cache: { ping(): Promise<void> }) {
  const started = performance.now();
  await cache.ping();
  return { ok: true, latencyMs: Math.round(performance.now() - started) };
}
