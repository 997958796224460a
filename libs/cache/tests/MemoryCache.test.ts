import { describe, expect, it } from 'vitest';
import { MemoryCache } from '@media-gateway/cache';
import { cacheContract } from './cacheContract.js';

cacheContract('memory', async () => new MemoryCache());

describe('MemoryCache', () => {
  it('evicts the least recently used entry beyond its bound', async () => {
    const cache = new MemoryCache(2);
    await cache.set('a', 1, 60);
    await cache.set('b', 2, 60);
    await cache.get('a');
    await cache.set('c', 3, 60);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBe(1);
    expect(await cache.get('c')).toBe(3);
  });
});
