import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Cache } from '@media-gateway/cache';
import type { Logger } from '@media-gateway/runtime';

/**
 * Apollo Server's cache (automatic persisted queries) on our Cache, so router replicas share it through Redis.
 * A cache failure is a miss, never a failed request: the router keeps serving while Redis is down.
 */
export function toApolloCache(cache: Cache, logger: Logger, defaultTtlSeconds = 24 * 3600): KeyValueCache<string> {
  const warn = (operation: string) => (error: unknown) => {
    logger.warn({ err: error, operation, cache: cache.kind }, 'cache unavailable; continuing without it');
  };
  return {
    get: (key) => cache.get<string>(key).catch((error) => (warn('get')(error), undefined)),
    set: (key, value, options) => cache.set(key, value, options?.ttl ?? defaultTtlSeconds).catch(warn('set')),
    delete: (key) => cache.delete(key).catch(warn('delete')),
  };
}
