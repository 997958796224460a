import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiKeyCacheKey, apiKeyHash } from '@media-gateway/auth';
import { RedisCache } from '@media-gateway/cache';
import { REDIS_SKIP_REASON, testRedisUrl } from '@media-gateway/testing';
import { cachedApiKeyLookup } from '../../src/auth/cachedApiKeyLookup.js';
import type { FoundApiKey } from '../../src/auth/createAuthenticator.js';

const url = testRedisUrl();
if (!url) console.warn(`cachedApiKeyLookup Redis suite skipped: ${REDIS_SKIP_REASON}`);

const KEY = 'mg_live_AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const FOUND: FoundApiKey = { userId: 'user-1', apiKeyId: 'key-1', role: 'free', scopes: ['read:content'], expiresAt: new Date(Date.now() + 3_600_000) };

describe.skipIf(!url)('cachedApiKeyLookup on Redis', () => {
  const keyPrefix = `mg-test:${process.pid}:${randomUUID()}:`;
  const caches: RedisCache[] = [];
  const connect = async () => {
    const cache = await new RedisCache(url!, keyPrefix).connect();
    caches.push(cache);
    return cache;
  };

  beforeAll(async () => {
    await connect();
  });
  afterAll(async () => {
    await caches[0]?.delete(apiKeyCacheKey(apiKeyHash(KEY)));
    await Promise.all(caches.map((cache) => cache.close()));
  });

  it('shares entries between router replicas, and one eviction by the identity service clears them for all', async () => {
    let live = true;
    const lookup = vi.fn(async () => (live ? FOUND : null));
    const replicaA = cachedApiKeyLookup(lookup, { cache: await connect() });
    const replicaB = cachedApiKeyLookup(lookup, { cache: await connect() });
    const identityCache = await connect();

    expect(await replicaA(KEY)).toEqual(FOUND);
    expect(await replicaB(KEY)).toEqual(FOUND);
    expect(lookup).toHaveBeenCalledTimes(1);

    // The identity service revokes the key, then evicts it from the hash it stored.
    live = false;
    await identityCache.delete(apiKeyCacheKey(apiKeyHash(KEY)));
    expect(await replicaB(KEY)).toBeNull();
    expect(await replicaA(KEY)).toBeNull();
    expect(lookup).toHaveBeenCalledTimes(2);
  });
});
