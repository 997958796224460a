import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisTokenRevocations } from '@media-gateway/auth';
import { REDIS_SKIP_REASON, testRedisClients, testRedisUrl } from '@media-gateway/testing';
import { tokenRevocationsContract } from './tokenRevocationsContract.js';

const url = testRedisUrl();
if (!url) console.warn(`RedisTokenRevocations contract skipped: ${REDIS_SKIP_REASON}`);

const redisClients = url ? testRedisClients('revoked') : undefined;
const keyPrefix = redisClients?.keyPrefix ?? '';
const connect = () => redisClients!.connect();
const cleanUp = async () => redisClients?.cleanUp();

tokenRevocationsContract(
  'redis',
  { create: async (options) => new RedisTokenRevocations(await connect(), { ...options, keyPrefix }), dispose: cleanUp },
  { skip: url ? undefined : REDIS_SKIP_REASON },
);

describe.skipIf(!url)('RedisTokenRevocations', () => {
  let identity: RedisTokenRevocations;
  let routerReplica: RedisTokenRevocations;
  let redis: Redis;

  beforeAll(async () => {
    redis = await connect();
    identity = new RedisTokenRevocations(redis, { keyPrefix });
    routerReplica = new RedisTokenRevocations(await connect(), { keyPrefix });
  });
  afterAll(cleanUp);

  it('shows a revocation written by one client to every other at once, as router replicas need', async () => {
    const user = `user-${randomUUID()}`;
    await identity.revokeSubject(user, new Date());
    await expect(routerReplica.isRevoked({ sub: user, jti: 'any', iat: new Date(Date.now() - 1000) })).resolves.toBe(true);
  });

  it('stores a cut-off under <prefix>sub:<sub> with a TTL of lifetime + skew', async () => {
    const user = `user-${randomUUID()}`;
    const before = new Date();
    await identity.revokeSubject(user, before);
    expect(await redis.get(`${keyPrefix}sub:${user}`)).toBe(String(before.getTime()));
    const ttl = await redis.pttl(`${keyPrefix}sub:${user}`);
    expect(ttl).toBeGreaterThan(3_600_000);
    expect(ttl).toBeLessThanOrEqual(3_660_000);
  });

  it('treats a cut-off it cannot read as covering every token (a denylist denies in doubt)', async () => {
    const user = `user-${randomUUID()}`;
    await redis.set(`${keyPrefix}sub:${user}`, 'garbage', 'PX', 60_000);
    await expect(routerReplica.isRevoked({ sub: user, jti: 'any', iat: new Date() })).resolves.toBe(true);
  });

  it('rejects, rather than answering "not revoked", when Redis is unreachable', async () => {
    const down = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    down.on('error', () => {});
    await down.connect().catch(() => {});
    const store = new RedisTokenRevocations(down, { keyPrefix });
    await expect(store.isRevoked({ sub: 'u', jti: 'j', iat: new Date() })).rejects.toThrow();
    down.disconnect();
  });
});
