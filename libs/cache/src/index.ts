export { MemoryCache } from './MemoryCache.js';
export { RedisCache } from './RedisCache.js';
export { connectRedis } from './connectRedis.js';
export { createCache } from './createCache.js';

export type { Cache } from './Cache.js';
export type { ConnectRedisOptions } from './connectRedis.js';
