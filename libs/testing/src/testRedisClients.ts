import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { testRedisUrl } from './testRedisUrl.js';

export interface TestRedisClients {
  /** Unique to this test file and run: every key the test writes goes under it, so `cleanUp` finds them all. */
  keyPrefix: string;
  /** A new connection to the test run's Redis (a stand-in for another replica); fails fast when Redis is away. */
  connect(): Promise<Redis>;
  /** Deletes the keys under `keyPrefix` and closes every connection made. */
  cleanUp(): Promise<void>;
}

/**
 * Connections to the test run's Redis (`testRedisUrl()`) for one test file, with the same fail-fast options the
 * product uses. Call only when a Redis was detected.
 */
export function testRedisClients(name: string): TestRedisClients {
  const url = testRedisUrl();
  if (!url) throw new TypeError('testRedisClients: no Redis was detected for this test run; skip the suite first');
  const keyPrefix = `mg-test:${process.pid}:${randomUUID()}:${name}:`;
  const clients: Redis[] = [];
  return {
    keyPrefix,
    async connect() {
      const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      redis.on('error', () => {});
      await redis.connect();
      clients.push(redis);
      return redis;
    },
    async cleanUp() {
      const [first] = clients;
      if (first) {
        const keys = await first.keys(`${keyPrefix}*`);
        if (keys.length > 0) await first.del(...keys);
      }
      for (const client of clients.splice(0)) client.disconnect();
    },
  };
}
