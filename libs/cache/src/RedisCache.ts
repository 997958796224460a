import { Redis } from 'ioredis';
import type { Cache } from './Cache.js';

/** Redis-backed cache. Every key is namespaced by `keyPrefix` so several services and test runs can share a server. */
export class RedisCache implements Cache {
  readonly kind = 'redis' as const;
  private readonly redis: Redis;

  constructor(url: string, keyPrefix = 'mg:') {
    // Fail fast instead of queueing commands forever while Redis is down: callers treat a cache error as a miss.
    this.redis = new Redis(url, { keyPrefix, maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
    this.redis.on('error', () => {
      // Connection errors surface on the commands themselves; without a listener ioredis would log to stderr.
    });
  }

  async connect(): Promise<this> {
    await this.redis.connect();
    return this;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const json = await this.redis.get(key);
    return json === null ? undefined : (JSON.parse(json) as T);
  }

  async set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    if (!(ttlSeconds > 0)) throw new TypeError(`ttlSeconds must be positive, got ${ttlSeconds}`);
    await this.redis.set(key, JSON.stringify(value), 'PX', Math.round(ttlSeconds * 1000));
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(key);
  }

  async incr(key: string): Promise<number> {
    return this.redis.incr(key);
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
