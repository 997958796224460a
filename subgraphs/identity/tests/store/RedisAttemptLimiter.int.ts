import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_SKIP_REASON, testRedisClients, testRedisUrl } from '@media-gateway/testing';
import { RedisAttemptLimiter } from '../../src/store/RedisAttemptLimiter.js';
import { attemptLimiterContract } from './attemptLimiterContract.js';

const url = testRedisUrl();
if (!url) console.warn(`RedisAttemptLimiter contract skipped: ${REDIS_SKIP_REASON}`);

const redisClients = url ? testRedisClients('attempts') : undefined;
const keyPrefix = redisClients?.keyPrefix ?? '';
const connect = () => redisClients!.connect();
const cleanUp = async () => redisClients?.cleanUp();

attemptLimiterContract(
  'redis',
  { create: async () => new RedisAttemptLimiter(await connect(), { keyPrefix }), dispose: cleanUp },
  { skip: url ? undefined : REDIS_SKIP_REASON },
);

describe.skipIf(!url)('RedisAttemptLimiter', () => {
  let redis: Redis;
  let replicas: RedisAttemptLimiter[];
  const now = new Date('2026-03-01T12:00:00Z');

  beforeAll(async () => {
    redis = await connect();
    replicas = [new RedisAttemptLimiter(redis, { keyPrefix }), new RedisAttemptLimiter(await connect(), { keyPrefix }), new RedisAttemptLimiter(await connect(), { keyPrefix })];
  });
  afterAll(cleanUp);

  it('allows 5 guesses a minute in total across replicas, not 5 per replica', async () => {
    const user = `mfa:${randomUUID()}`;
    const decisions = await Promise.all(Array.from({ length: 21 }, (_, i) => replicas[i % 3]!.begin(user, now)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
  });

  it('keeps the failures in a sorted set under <prefix><key> that expires with the window', async () => {
    const user = `mfa:${randomUUID()}`;
    await replicas[0]!.begin(user, now);
    await replicas[1]!.begin(user, new Date(now.getTime() + 1));
    expect(await redis.zcard(`${keyPrefix}${user}`)).toBe(2);
    const ttl = await redis.pttl(`${keyPrefix}${user}`);
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    await replicas[2]!.reset(user);
    expect(await redis.exists(`${keyPrefix}${user}`)).toBe(0);
  });

  it('fails the attempt, rather than allowing it, when Redis is unreachable', async () => {
    const down = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    down.on('error', () => {});
    await down.connect().catch(() => {});
    await expect(new RedisAttemptLimiter(down).begin('mfa:someone', now)).rejects.toThrow();
    down.disconnect();
  });
});
