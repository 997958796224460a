import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cache } from '@media-gateway/cache';

/** The behaviour every Cache adapter must have. Each adapter's test file runs it against a real instance. */
export function cacheContract(name: string, create: () => Promise<Cache>, options: { skip?: string } = {}): void {
  describe.skipIf(Boolean(options.skip))(`Cache contract: ${name}`, () => {
    let cache: Cache;
    const ns = `contract:${Math.random().toString(36).slice(2)}:`;
    beforeAll(async () => {
      cache = await create();
    });
    afterAll(async () => cache?.close());

    it('round-trips JSON values and misses unknown keys', async () => {
      await cache.set(`${ns}a`, { n: 1, list: ['x'], nested: { ok: true } }, 60);
      expect(await cache.get(`${ns}a`)).toEqual({ n: 1, list: ['x'], nested: { ok: true } });
      expect(await cache.get(`${ns}missing`)).toBeUndefined();
    });

    it('expires entries after their ttl', async () => {
      await cache.set(`${ns}short`, 'v', 0.05);
      expect(await cache.get(`${ns}short`)).toBe('v');
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(await cache.get(`${ns}short`)).toBeUndefined();
    });

    it('deletes entries', async () => {
      await cache.set(`${ns}d`, 1, 60);
      await cache.delete(`${ns}d`);
      expect(await cache.get(`${ns}d`)).toBeUndefined();
    });

    it('increments counters atomically', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, () => cache.incr(`${ns}counter`)));
      expect(new Set(results).size).toBe(20);
      expect(Math.max(...results)).toBe(20);
      // A counter reads back as its number (generation counters are read on every search).
      expect(await cache.get(`${ns}counter`)).toBe(20);
    });

    it('rejects a non-positive ttl as caller misuse', async () => {
      await expect(cache.set(`${ns}bad`, 1, 0)).rejects.toThrow(TypeError);
    });

    it('answers ping', async () => {
      await expect(cache.ping()).resolves.toBeUndefined();
    });
  });
}
