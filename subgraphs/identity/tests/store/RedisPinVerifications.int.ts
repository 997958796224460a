import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_SKIP_REASON, testRedisUrl } from '@media-gateway/testing';
import { PIN_VERIFIED_FOR_SECONDS } from '../../src/household/pinStillVerified.js';
import { RedisPinVerifications } from '../../src/store/RedisPinVerifications.js';
import { pinVerificationsContract } from './pinVerificationsContract.js';

const url = testRedisUrl();
if (!url) console.warn(`RedisPinVerifications contract skipped: ${REDIS_SKIP_REASON}`);

const keyPrefix = `mg-test:${process.pid}:${randomUUID()}:pin:`;
const clients: Redis[] = [];

async function connect(): Promise<Redis> {
  const redis = new Redis(url!, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  await redis.connect();
  clients.push(redis);
  return redis;
}

async function cleanUp(): Promise<void> {
  const [first] = clients;
  if (first) {
    const keys = await first.keys(`${keyPrefix}*`);
    if (keys.length > 0) await first.del(...keys);
  }
  for (const client of clients.splice(0)) client.disconnect();
}

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
