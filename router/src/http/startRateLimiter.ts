import type { Redis } from 'ioredis';
import { createRateLimiter, type RateLimiter } from '@media-gateway/auth';
import type { Logger } from '@media-gateway/runtime';
import type { RouterConfig } from '../config/routerConfig.js';

/**
 * The router's rate limiter: counters in Redis (shared by replicas) when configured, else in this process. A Redis
 * outage fails open and is logged (§6 "Redis down → fail open and alert").
 */
export function startRateLimiter(config: RouterConfig, logger: Logger, redis: Redis | undefined): RateLimiter {
  return createRateLimiter({
    redis,
    keyPrefix: config.rateLimit.keyPrefix,
    onStoreError: (error) => logger.warn({ err: error }, 'rate-limit store failed; request allowed (fail open)'),
  });
}
