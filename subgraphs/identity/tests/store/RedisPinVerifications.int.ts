import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_SKIP_REASON, testRedisClients, testRedisUrl } from '@media-gateway/testing';
import { PIN_VERIFIED_FOR_SECONDS } from '../../src/household/pinStillVerified.js';
import { RedisPinVerifications } from '../../src/store/RedisPinVerifications.js';
import { pinVerificationsContract } from './pinVerificationsContract.js';

const url = testRedisUrl();
if (!url) console.warn(`RedisPinVerifications contract skipped: ${REDIS_SKIP_REASON}`);

const redisClients = url ? testRedisClients('pin') : undefined;
const keyPrefix = redisClients?.keyPrefix ?? '';
const connect = () => redisClients!.connect();
const cleanUp = async () => redisClients?.cleanUp();

pinVerificationsContract(
  'redis',
  { create: async () => new RedisPinVerifications(await connect(), { keyPrefix }), dispose: cleanUp },
  { skip: url ? undefined : REDIS_SKIP_REASON },
);

describe.skipIf(!url)('RedisPinVerifications', () => {
  let redis: Redis;
  let replicaA: RedisPinVerifications;
  let replicaB: RedisPinVerifications;

  beforeAll(async () => {
    redis = await connect();
    replicaA = new RedisPinVerifications(redis, { keyPrefix });
    replicaB = new RedisPinVerifications(await connect(), { keyPrefix });
  });
  afterAll(cleanUp);

  it('shares a verification between replicas, and lets Redis drop it after the 5 minutes it is good for', async () => {
    const profileId = randomUUID();
    const at = new Date();
    await replicaA.record(profileId, at);
    expect(await replicaB.verifiedAt(profileId)).toEqual(at);
    const ttl = await redis.pttl(`${keyPrefix}${profileId}`);
    expect(ttl).toBeGreaterThan((PIN_VERIFIED_FOR_SECONDS - 5) * 1000);
    expect(ttl).toBeLessThanOrEqual(PIN_VERIFIED_FOR_SECONDS * 1000);
  });

  it('reads an entry it cannot parse as not verified', async () => {
    const profileId = randomUUID();
    await redis.set(`${keyPrefix}${profileId}`, 'not-a-time', 'PX', 60_000);
    expect(await replicaA.verifiedAt(profileId)).toBeNull();
  });
});
