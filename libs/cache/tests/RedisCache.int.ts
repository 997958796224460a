import { describe, expect, it } from 'vitest';
import { RedisCache, createCache } from '@media-gateway/cache';
import { REDIS_SKIP_REASON, testRedisUrl } from '@media-gateway/testing';
import { cacheContract } from './cacheContract.js';

const url = testRedisUrl();
if (!url) console.warn(`RedisCache contract skipped: ${REDIS_SKIP_REASON}`);

cacheContract('redis', async () => new RedisCache(url!, `mg-test:${process.pid}:`).connect(), { skip: url ? undefined : REDIS_SKIP_REASON });

describe.skipIf(!url)('createCache', () => {
  it('picks Redis when a URL is configured and memory otherwise', async () => {
    const redis = await createCache({ redisUrl: url });
    const memory = await createCache({});
    expect([redis.kind, memory.kind]).toEqual(['redis', 'memory']);
    await Promise.all([redis.close(), memory.close()]);
  });

  it('fails fast, not hangs, when Redis is unreachable', async () => {
    await expect(new RedisCache('redis://127.0.0.1:1').connect()).rejects.toThrow();
  });
});
