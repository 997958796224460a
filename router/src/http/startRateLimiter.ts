import { Redis } from 'ioredis';
import { createRateLimiter, type RateLimiter } from '@media-gateway/auth';
import type { Lifecycle, Logger } from '@media-gateway/runtime';
import type { RouterConfig } from '../config/routerConfig.js';

/**
 * The router's rate limiter: counters in Redis (shared by replicas) when configured, else in this process. A Redis
 * outage fails open and is logged (§6 "Redis down → fail open and alert").
 */
export async function startRateLimiter(config: RouterConfig, logger: Logger, lifecycle: Lifecycle): Promise<RateLimiter> {
  let redis: Redis | undefined;
  if (config.redisUrl) {
    redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
    redis.on('error', () => {
      // Surfaced per request through onStoreError; ioredis would otherwise print every reconnect attempt.
    });
    await redis.connect().catch((error: unknown) => logger.warn({ err: error }, 'rate-limit store unreachable; failing open'));
    lifecycle.add('rate-limit store', () => redis?.disconnect());
  }
  return createRateLimiter({
    redis,
    keyPrefix: config.rateLimit.keyPrefix,
    onStoreError: (error) => logger.warn({ err: error }, 'rate-limit store failed; request allowed (fail open)'),
  });
}
