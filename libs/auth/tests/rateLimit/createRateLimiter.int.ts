import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMIT_TIERS, createRateLimiter } from '@media-gateway/auth';
import { REDIS_SKIP_REASON, testRedisUrl } from '@media-gateway/testing';

const url = testRedisUrl();
if (!url) console.warn(`createRateLimiter Redis suite skipped: ${REDIS_SKIP_REASON}`);

describe.skipIf(!url)('createRateLimiter (Redis)', () => {
  const keyPrefix = `mg-test:${process.pid}:${Date.now()}:rl`;
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(url!, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    redis.on('error', () => {});
    await redis.connect();
  });

  afterAll(async () => {
    const keys = await redis.keys(`${keyPrefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('refuses the request after perMinute within a minute, with Retry-After, and stores the count in Redis', async () => {
    const limiter = createRateLimiter({ redis, keyPrefix });
    const decisions = [];
    for (let i = 0; i < 4; i += 1) decisions.push(await limiter.consume('user:limit', { perMinute: 3 }));
    expect(decisions.map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    const refused = decisions[3]!;
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(refused.resetSeconds).toBe(refused.retryAfterSeconds);
    await expect(redis.get(`${keyPrefix}:pm3:m:user:limit`)).resolves.toBe('4');
  });

  it('shares counts between limiters on the same Redis, as router replicas do', async () => {
    const replicaA = createRateLimiter({ redis, keyPrefix });
    const replicaB = createRateLimiter({ redis, keyPrefix });
    await replicaA.consume('user:shared', { perMinute: 2 });
    await replicaB.consume('user:shared', { perMinute: 2 });
    await expect(replicaA.consume('user:shared', { perMinute: 2 })).resolves.toMatchObject({ allowed: false });
  });

  it('enforces a tier burst and applies an upgrade at once', async () => {
    const limiter = createRateLimiter({ redis, keyPrefix });
    const { burst } = RATE_LIMIT_TIERS.anonymous;
    const decisions = await Promise.all(Array.from({ length: burst + 1 }, () => limiter.consume('user:burst', { tier: 'anonymous' })));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(burst);
    expect(decisions.find((d) => !d.allowed)?.retryAfterSeconds).toBe(1);
    await expect(limiter.consume('user:burst', { tier: 'premium' })).resolves.toMatchObject({ allowed: true, limit: 1000, remaining: 999 });
  });

  it('answers within the store timeout and never reports an error while Redis is healthy', async () => {
    const errors: unknown[] = [];
    const limiter = createRateLimiter({ redis, keyPrefix, onStoreError: (error) => errors.push(error) });
    await Promise.all(Array.from({ length: 20 }, (_, i) => limiter.consume(`user:healthy:${i % 3}`, { tier: 'premium' })));
    expect(errors).toEqual([]);
  });
});
