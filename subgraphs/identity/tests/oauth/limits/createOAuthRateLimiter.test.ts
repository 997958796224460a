import { Redis } from 'ioredis';
import { describe, expect, it, vi } from 'vitest';
import { createOAuthRateLimiter } from '../../../src/oauth/limits/createOAuthRateLimiter.js';
import { resolveOAuthLimits } from '../../../src/oauth/limits/OAuthLimits.js';

const memory = (perMinute = {}) => createOAuthRateLimiter(resolveOAuthLimits({ perMinute }));

describe('createOAuthRateLimiter (memory)', () => {
  it('allows the cap within a minute, counting down, then refuses with Retry-After', async () => {
    const limiter = memory({ deviceAuthorization: 2 });
    const decisions = [];
    for (let i = 0; i < 3; i += 1) decisions.push(await limiter.consume('deviceAuthorization', 'ip:1'));

    expect(decisions.map((d) => [d.allowed, d.limit, d.remaining])).toEqual([
      [true, 2, 1],
      [true, 2, 0],
      [false, 2, 0],
    ]);
    expect(decisions[0]?.retryAfterSeconds).toBeNull();
    expect(decisions[2]?.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(decisions[2]?.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('counts buckets and subjects apart', async () => {
    const limiter = memory({ token: 1, userCode: 1 });
    await limiter.consume('token', 'client:web|ip:1');

    await expect(limiter.consume('token', 'client:tv|ip:1')).resolves.toMatchObject({ allowed: true });
    await expect(limiter.consume('userCode', 'client:web|ip:1')).resolves.toMatchObject({ allowed: true });
    await expect(limiter.consume('token', 'client:web|ip:1')).resolves.toMatchObject({ allowed: false });
  });

  it('gives a refunded request back, so only what stays counted is limited', async () => {
    const limiter = memory({ userCode: 2 });
    for (let i = 0; i < 5; i += 1) {
      await limiter.consume('userCode', 'ip:1');
      await limiter.refund('userCode', 'ip:1');
    }
    await expect(limiter.consume('userCode', 'ip:1')).resolves.toMatchObject({ allowed: true, remaining: 1 });
    await expect(limiter.consume('userCode', 'ip:1')).resolves.toMatchObject({ allowed: true, remaining: 0 });
    await expect(limiter.consume('userCode', 'ip:1')).resolves.toMatchObject({ allowed: false });
  });

  it('lets exactly the cap through when requests arrive at once', async () => {
    const limiter = memory();
    const decisions = await Promise.all(Array.from({ length: 20 }, () => limiter.consume('userCode', 'ip:burst')));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
  });
});

describe('createOAuthRateLimiter fails open when Redis is unusable (§6)', () => {
  it('allows quickly and reports the error when nothing listens at the Redis address', async () => {
    const redis = new Redis('redis://127.0.0.1:1', { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true });
    redis.on('error', () => {});
    const onStoreError = vi.fn();
    const limiter = createOAuthRateLimiter(resolveOAuthLimits({ redis, onStoreError, perMinute: { token: 1 } }));
    try {
      const started = performance.now();
      const decisions = [await limiter.consume('token', 'client:web|ip:1'), await limiter.consume('token', 'client:web|ip:1')];
      await limiter.refund('userCode', 'ip:1');

      expect(performance.now() - started).toBeLessThan(1000);
      expect(decisions).toEqual([
        { allowed: true, limit: 1, remaining: 1, resetSeconds: 60, retryAfterSeconds: null },
        { allowed: true, limit: 1, remaining: 1, resetSeconds: 60, retryAfterSeconds: null },
      ]);
      expect(onStoreError).toHaveBeenCalledTimes(3);
      expect(onStoreError.mock.calls[0]?.[0]).toBeInstanceOf(Error);
    } finally {
      redis.disconnect();
    }
  });

  it('allows after storeTimeoutMs when a "ready" Redis never answers, even if onStoreError throws', async () => {
    // Enough of an ioredis client for RateLimiterRedis: it reports ready, then hangs on the counter script.
    const hung = { status: 'ready', defineCommand() {}, rlflxIncr: () => new Promise(() => {}) };
    const seen: unknown[] = [];
    const limiter = createOAuthRateLimiter(
      resolveOAuthLimits({
        redis: hung as unknown as Redis,
        storeTimeoutMs: 50,
        onStoreError(error) {
          seen.push(error);
          throw new Error('logger broke');
        },
      }),
    );
    const started = performance.now();

    await expect(limiter.consume('devicePoll', 'code:x')).resolves.toMatchObject({ allowed: true, limit: 12 });
    expect(performance.now() - started).toBeLessThan(500);
    expect(seen).toEqual([expect.objectContaining({ message: 'The OAuth rate limit store did not answer within 50 ms' })]);
  });
});
