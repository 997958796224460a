import { describe, expect, it, vi } from 'vitest';
import { apiKeyCacheKey, apiKeyHash } from '@media-gateway/auth';
import { MemoryCache, type Cache } from '@media-gateway/cache';
import { cachedApiKeyLookup } from '../../src/auth/cachedApiKeyLookup.js';
import type { FoundApiKey } from '../../src/auth/createAuthenticator.js';

const KEY = 'mg_live_AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const FOUND: FoundApiKey = { userId: 'user-1', apiKeyId: 'key-1', role: 'premium', scopes: ['read:content'], rateLimitPerMinute: 120 };

/** A cache and a lookup on one frozen clock the test moves. */
function setUp(answer: FoundApiKey | null = FOUND) {
  const clock = { ms: Date.parse('2026-03-01T12:00:00Z') };
  const cache = new MemoryCache(100, () => clock.ms);
  const lookup = vi.fn(async (_key: string) => answer);
  const cached = cachedApiKeyLookup(lookup, { cache, now: () => new Date(clock.ms) });
  const advance = (seconds: number) => (clock.ms += seconds * 1000);
  return { clock, cache, lookup, cached, advance };
}

describe('cachedApiKeyLookup', () => {
  it('serves a usable key from the cache for 30 s, then asks the identity service again', async () => {
    const { lookup, cached, advance } = setUp();
    expect(await cached(KEY)).toEqual(FOUND);
    advance(29);
    expect(await cached(KEY)).toEqual({ ...FOUND, expiresAt: null });
    expect(lookup).toHaveBeenCalledTimes(1);
    advance(2);
    await cached(KEY);
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('keys the cache by the SHA-256 of the key, never the key itself', async () => {
    const { cache, cached } = setUp();
    const keys: string[] = [];
    const spy = vi.spyOn(cache, 'set').mockImplementation(async function (this: Cache, key, value, ttl) {
      keys.push(key);
      return MemoryCache.prototype.set.call(cache, key, value, ttl);
    });
    await cached(KEY);
    spy.mockRestore();
    expect(keys).toEqual([apiKeyCacheKey(apiKeyHash(KEY))]);
    expect(keys.join()).not.toContain(KEY.slice('mg_live_'.length));
  });

  it('never serves a key past its expiry, and does not cache one that has expired', async () => {
    const { clock, lookup, cached, advance } = setUp({ ...FOUND, expiresAt: new Date(Date.parse('2026-03-01T12:00:10Z')) });
    await cached(KEY);
    advance(9);
    await cached(KEY);
    expect(lookup).toHaveBeenCalledTimes(1);
    advance(2);
    await cached(KEY);
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(clock.ms).toBeGreaterThan(Date.parse('2026-03-01T12:00:10Z'));
    await cached(KEY);
    expect(lookup).toHaveBeenCalledTimes(3);
  });

  it('remembers an unknown key for 5 s, so a flood of one bad key costs one database lookup', async () => {
    const { lookup, cached, advance } = setUp(null);
    const answers = await Promise.all(Array.from({ length: 50 }, () => cached(KEY)));
    expect(answers.every((answer) => answer === null)).toBe(true);
    advance(4);
    expect(await cached(KEY)).toBeNull();
    expect(lookup).toHaveBeenCalledTimes(1);
    advance(2);
    await cached(KEY);
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('makes a revocation immediate once the identity service evicts the hash it stores', async () => {
    const { lookup, cached } = setUp();
    await cached(KEY);
    lookup.mockResolvedValue(null);
    expect(await cached(KEY)).toEqual({ ...FOUND, expiresAt: null });
    await cached.evict(apiKeyHash(KEY));
    expect(await cached(KEY)).toBeNull();
  });

  it('does not cache a lookup that was in flight when the key was evicted', async () => {
    const { cache, lookup, cached } = setUp();
    let release!: (value: FoundApiKey) => void;
    lookup.mockImplementationOnce(() => new Promise((resolve) => (release = resolve)));
    const pending = cached(KEY);
    await vi.waitFor(() => expect(lookup).toHaveBeenCalledTimes(1));
    await cached.evict(apiKeyHash(KEY));
    release(FOUND);
    expect(await pending).toEqual(FOUND);
    expect(await cache.get(apiKeyCacheKey(apiKeyHash(KEY)))).toBeUndefined();
  });

  it('falls back to the identity service when the cache fails, and says so', async () => {
    const errors: Array<[string, string]> = [];
    const broken = {
      get: async () => Promise.reject(new Error('get failed')),
      set: async () => Promise.reject(new Error('set failed')),
      delete: async () => {},
    };
    const lookup = vi.fn(async () => FOUND);
    const cached = cachedApiKeyLookup(lookup, { cache: broken, onCacheError: (error, operation) => errors.push([operation, (error as Error).message]) });
    expect(await cached(KEY)).toEqual(FOUND);
    expect(errors).toEqual([
      ['get', 'get failed'],
      ['set', 'set failed'],
    ]);
  });

  it('lets a lookup failure through uncached, so the router denies and the next request asks again', async () => {
    const { lookup, cached } = setUp();
    lookup.mockRejectedValueOnce(new Error('database down'));
    await expect(cached(KEY)).rejects.toThrow('database down');
    expect(await cached(KEY)).toEqual(FOUND);
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('treats an entry it did not write as a miss, never as a grant of access', async () => {
    const { cache, lookup, cached } = setUp(null);
    await cache.set(apiKeyCacheKey(apiKeyHash(KEY)), { found: { userId: 'user-1', apiKeyId: 'key-1', role: 'root', scopes: ['admin:full'] } }, 60);
    expect(await cached(KEY)).toBeNull();
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('rejects bad options as caller misuse, naming them', () => {
    const cache = new MemoryCache();
    expect(() => cachedApiKeyLookup(async () => null, { cache, ttlSeconds: 0 })).toThrow(/options\.ttlSeconds/);
    expect(() => cachedApiKeyLookup(async () => null, { cache, negativeTtlSeconds: -1 })).toThrow(/options\.negativeTtlSeconds/);
    expect(() => cachedApiKeyLookup(async () => null, { cache: {} as Cache })).toThrow(/options\.cache/);
  });
});
