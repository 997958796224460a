export { MemoryCache } from './MemoryCache.js';
export { RedisCache } from './RedisCache.js';
export { createCache } from './createCache.js';

export type { Cache } from './Cache.js';
