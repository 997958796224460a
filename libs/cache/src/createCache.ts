import type { Cache } from './Cache.js';
import { MemoryCache } from './MemoryCache.js';
import { RedisCache } from './RedisCache.js';

/** Redis when a URL is configured, else the in-process adapter (embedded mode). */
export async function createCache(options: { redisUrl?: string | undefined; keyPrefix?: string }): Promise<Cache> {
  if (!options.redisUrl) return new MemoryCache();
  return new RedisCache(options.redisUrl, options.keyPrefix).connect();
}
