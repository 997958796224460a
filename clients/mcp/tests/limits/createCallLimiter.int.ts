import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCallLimiter } from '@media-gateway/mcp';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { enableOfflineQueue: true, maxRetriesPerRequest: 1 });
// rejectIfRedisNotReady: a call before the connection is up fails open, so wait for it.
beforeAll(() => redis.ping());
afterAll(() => redis.quit());

describe('createCallLimiter (Redis)', () => {
  it('shares counters between limiters on the same Redis, as bridge replicas would', async () => {
    const keyPrefix = `mg:test:mcp:${randomUUID()}`;
    const a = createCallLimiter({ redis, keyPrefix, limits: { anonymous: 2 } });
    const b = createCallLimiter({ redis, keyPrefix, limits: { anonymous: 2 } });
    expect((await a.consume('ip:1', false)).allowed).toBe(true);
    expect((await b.consume('ip:1', false)).allowed).toBe(true);
    const refused = await a.consume('ip:1', false);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(890);
  });

  it('lets calls through and reports the failure when the store is down', async () => {
    const down = new Redis('redis://127.0.0.1:1', { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 0 });
    const failures: unknown[] = [];
    const limiter = createCallLimiter({ redis: down, keyPrefix: 'mg:test:mcp:down', limits: { anonymous: 1 }, onStoreError: (error) => failures.push(error) });
    expect((await limiter.consume('ip:1', false)).allowed).toBe(true);
    expect((await limiter.consume('ip:1', false)).allowed).toBe(true);
    expect(failures).toHaveLength(2);
    down.disconnect();
  });
});
