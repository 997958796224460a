import { Redis } from 'ioredis';
import { describe, expect, it, vi } from 'vitest';
import { API_KEY_DEFAULT_PER_MINUTE, RATE_LIMIT_TIERS, RATE_LIMIT_TIER_FOR_ROLE, createRateLimiter } from '@media-gateway/auth';

/** Consumes `count` requests one after another and returns the decisions. */
async function consumeMany(limiter: ReturnType<typeof createRateLimiter>, subject: string, policy: Parameters<ReturnType<typeof createRateLimiter>['consume']>[1], count: number) {
  const decisions = [];
  for (let i = 0; i < count; i += 1) decisions.push(await limiter.consume(subject, policy));
  return decisions;
}

describe('rate limit tiers', () => {
  it('holds the canonical §6 limits and the API-key default', () => {
    expect(RATE_LIMIT_TIERS).toEqual({
      anonymous: { perMinute: 100, perSecond: 5, burst: 10 },
      free: { perMinute: 200, perSecond: 10, burst: 20 },
      premium: { perMinute: 1000, perSecond: 50, burst: 100 },
      enterprise: { perMinute: 5000, perSecond: 200, burst: 500 },
    });
    expect(API_KEY_DEFAULT_PER_MINUTE).toBe(60);
    expect(RATE_LIMIT_TIER_FOR_ROLE.admin).toBe('enterprise');
  });
});

describe('createRateLimiter (memory)', () => {
  it('allows perMinute requests, counting down, then refuses with Retry-After', async () => {
    const limiter = createRateLimiter({ keyPrefix: 'test' });
    const decisions = await consumeMany(limiter, 'key:1', { perMinute: 3 }, 4);
    expect(decisions.slice(0, 3)).toEqual([
      { allowed: true, limit: 3, remaining: 2, resetSeconds: 60, retryAfterSeconds: null },
      { allowed: true, limit: 3, remaining: 1, resetSeconds: 60, retryAfterSeconds: null },
      { allowed: true, limit: 3, remaining: 0, resetSeconds: 60, retryAfterSeconds: null },
    ]);
    expect(decisions[3]).toEqual({ allowed: false, limit: 3, remaining: 0, resetSeconds: 60, retryAfterSeconds: 60 });
  });

  it('counts each subject separately', async () => {
    const limiter = createRateLimiter({ keyPrefix: 'test' });
    await consumeMany(limiter, 'user:a', { perMinute: 1 }, 2);
    await expect(limiter.consume('user:b', { perMinute: 1 })).resolves.toMatchObject({ allowed: true });
  });

  it('lets a tier burst to its limit within a second, then refuses for about a second', async () => {
    const limiter = createRateLimiter({ keyPrefix: 'test' });
    const { burst, perMinute } = RATE_LIMIT_TIERS.anonymous;
    const decisions = await consumeMany(limiter, 'ip:1', { tier: 'anonymous' }, burst + 1);
    expect(decisions.slice(0, burst).every((d) => d.allowed)).toBe(true);
    expect(decisions[burst]).toEqual({ allowed: false, limit: perMinute, remaining: perMinute - burst - 1, resetSeconds: 60, retryAfterSeconds: 1 });
  });

  it('applies an upgraded tier on the very next request', async () => {
    const limiter = createRateLimiter({ keyPrefix: 'test' });
    const asFree = await consumeMany(limiter, 'user:up', { tier: 'free' }, RATE_LIMIT_TIERS.free.burst + 1);
    expect(asFree.at(-1)).toMatchObject({ allowed: false });
    await expect(limiter.consume('user:up', { tier: 'premium' })).resolves.toMatchObject({ allowed: true, limit: 1000, remaining: 999 });
  });

  it('starts a fresh count when an API key gets a new limit', async () => {
    const limiter = createRateLimiter({ keyPrefix: 'test' });
    await consumeMany(limiter, 'key:9', { perMinute: 2 }, 3);
    await expect(limiter.consume('key:9', { perMinute: 5 })).resolves.toMatchObject({ allowed: true, limit: 5, remaining: 4 });
  });

  it.each([
    ['options.keyPrefix', () => createRateLimiter({ keyPrefix: '' })],
    ['options.storeTimeoutMs', () => createRateLimiter({ keyPrefix: 'x', storeTimeoutMs: 0 })],
  ])('throws a TypeError naming %s', (option, create) => {
    expect(create).toThrow(new RegExp(`^${option.replace('.', '\\.')} `));
  });

  it.each([
    ['policy.perMinute', { perMinute: 0 }],
    ['policy.perMinute', { perMinute: 1.5 }],
    ['policy.tier', { tier: 'gold' }],
    ['policy.tier', { tier: 'toString' }],
  ])('rejects a bad %s with a TypeError', async (option, policy) => {
    const limiter = createRateLimiter({ keyPrefix: 'x' });
    await expect(limiter.consume('s', policy as never)).rejects.toThrow(new RegExp(`^${option.replace('.', '\\.')} `));
  });

  it('rejects an empty subject with a TypeError', async () => {
    await expect(createRateLimiter({ keyPrefix: 'x' }).consume('', { perMinute: 1 })).rejects.toThrow(TypeError);
  });
});

describe('createRateLimiter fails open when Redis is unusable', () => {
  it('allows quickly and reports the error when nothing listens at the Redis address', async () => {
    const redis = new Redis('redis://127.0.0.1:1', { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true });
    redis.on('error', () => {});
    const onStoreError = vi.fn();
    const limiter = createRateLimiter({ redis, keyPrefix: 'test', onStoreError });
    try {
      const started = performance.now();
      const decisions = [await limiter.consume('user:1', { perMinute: 1 }), await limiter.consume('user:1', { perMinute: 1 }), await limiter.consume('ip:1', { tier: 'anonymous' })];
      expect(performance.now() - started).toBeLessThan(1000);
      expect(decisions).toEqual([
        { allowed: true, limit: 1, remaining: 1, resetSeconds: 60, retryAfterSeconds: null },
        { allowed: true, limit: 1, remaining: 1, resetSeconds: 60, retryAfterSeconds: null },
        { allowed: true, limit: 100, remaining: 100, resetSeconds: 60, retryAfterSeconds: null },
      ]);
      expect(onStoreError).toHaveBeenCalledTimes(3);
      expect(onStoreError.mock.calls[0]?.[0]).toBeInstanceOf(Error);
    } finally {
      redis.disconnect();
    }
  });

  it('allows after storeTimeoutMs when a "ready" Redis never answers', async () => {
    // Enough of an ioredis client for RateLimiterRedis: it reports ready, then hangs on the counter script.
    const hung = { status: 'ready', defineCommand() {}, rlflxIncr: () => new Promise(() => {}) };
    const onStoreError = vi.fn();
    const limiter = createRateLimiter({ redis: hung as unknown as Redis, keyPrefix: 'test', onStoreError, storeTimeoutMs: 50 });
    const started = performance.now();
    await expect(limiter.consume('user:1', { tier: 'free' })).resolves.toMatchObject({ allowed: true, limit: 200 });
    expect(performance.now() - started).toBeLessThan(500);
    expect(onStoreError).toHaveBeenCalledWith(expect.objectContaining({ message: 'The rate limit store did not answer within 50 ms' }));
  });

  it('still allows when onStoreError itself throws', async () => {
    const hung = { status: 'connecting', defineCommand() {} };
    const limiter = createRateLimiter({
      redis: hung as unknown as Redis,
      keyPrefix: 'test',
      onStoreError: () => {
        throw new Error('logger broke');
      },
    });
    await expect(limiter.consume('user:1', { perMinute: 1 })).resolves.toMatchObject({ allowed: true });
  });
});
