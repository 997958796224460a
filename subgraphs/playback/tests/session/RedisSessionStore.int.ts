import { REDIS_SKIP_REASON, testRedisClients, testRedisUrl } from '@media-gateway/testing';
import { describe, expect, it } from 'vitest';
import { RedisSessionStore } from '../../src/session/RedisSessionStore.js';
import { SESSION_TTL_MS } from '../../src/session/SessionStore.js';
import { sessionRecord } from '../support/sessionRecord.js';
import { sessionStoreContract } from './sessionStoreContract.js';

const redisUrl = testRedisUrl();

describe.skipIf(!redisUrl)(`RedisSessionStore${redisUrl ? '' : ` (skipped: ${REDIS_SKIP_REASON})`}`, () => {
  sessionStoreContract('RedisSessionStore', async () => {
    const redis = testRedisClients('playback-sessions');
    const store = await RedisSessionStore.connect({ redisUrl: redisUrl!, keyPrefix: redis.keyPrefix });
    return {
      store,
      dispose: async () => {
        await store.close();
        await redis.connect().then(() => redis.cleanUp());
      },
    };
  });

  it('keeps a session and the user index for 24 h from the last write', async () => {
    const redis = testRedisClients('playback-sessions-ttl');
    const store = await RedisSessionStore.connect({ redisUrl: redisUrl!, keyPrefix: redis.keyPrefix });
    try {
      const session = sessionRecord();
      await store.create(session);
      const client = await redis.connect();
      const sessionTtl = await client.pttl(`${redis.keyPrefix}playback:session:${session.id}`);
      const indexTtl = await client.pttl(`${redis.keyPrefix}playback:user:${session.userId}:sessions`);
      for (const ttl of [sessionTtl, indexTtl]) {
        expect(ttl).toBeGreaterThan(SESSION_TTL_MS - 60_000);
        expect(ttl).toBeLessThanOrEqual(SESSION_TTL_MS);
      }
    } finally {
      await store.close();
      await redis.cleanUp();
    }
  });

  it('drops ids whose session expired from the user index when listing', async () => {
    const redis = testRedisClients('playback-sessions-index');
    const store = await RedisSessionStore.connect({ redisUrl: redisUrl!, keyPrefix: redis.keyPrefix });
    try {
      const session = sessionRecord();
      await store.create(session);
      const client = await redis.connect();
      // What Redis does at expiry: the session key goes, the index still names it.
      await client.del(`${redis.keyPrefix}playback:session:${session.id}`);
      expect(await store.listForUser(session.userId)).toEqual([]);
      expect(await client.zcard(`${redis.keyPrefix}playback:user:${session.userId}:sessions`)).toBe(0);
    } finally {
      await store.close();
      await redis.cleanUp();
    }
  });
});
