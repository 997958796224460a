import { describe, expect, it } from 'vitest';
import { MemoryCache, type Cache } from '@media-gateway/cache';
import { createLogger } from '@media-gateway/runtime';
import { toApolloCache } from '../../src/gateway/toApolloCache.js';

const logger = createLogger({ name: 'test', level: 'silent' });

describe('toApolloCache', () => {
  it('stores and reads through the cache, with a default ttl when Apollo gives none', async () => {
    const apollo = toApolloCache(new MemoryCache(), logger);
    await apollo.set('apq:abc', '{ genres { genre } }');
    expect(await apollo.get('apq:abc')).toBe('{ genres { genre } }');
    await apollo.delete('apq:abc');
    expect(await apollo.get('apq:abc')).toBeUndefined();
  });

  it('treats a failing cache as a miss instead of failing the request', async () => {
    const down = new Error('connection refused');
    const broken: Cache = {
      kind: 'redis',
      get: () => Promise.reject(down),
      set: () => Promise.reject(down),
      delete: () => Promise.reject(down),
      incr: () => Promise.reject(down),
      ping: () => Promise.reject(down),
      close: async () => {},
    };
    const apollo = toApolloCache(broken, logger);
    await expect(apollo.get('k')).resolves.toBeUndefined();
    await expect(apollo.set('k', 'v', { ttl: 10 })).resolves.toBeUndefined();
    await expect(apollo.delete('k')).resolves.toBeUndefined();
  });
});
