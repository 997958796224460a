import { afterAll, describe, expect, it } from 'vitest';
import { createPresenceStore, RedisPresenceStore, type PresenceEntry } from '@media-gateway/realtime';
import { REDIS_SKIP_REASON, testRedisClients, testRedisUrl } from '@media-gateway/testing';
import { presenceContract } from './presenceContract.js';
import { presenceEntry } from './presenceEntry.js';

const url = testRedisUrl();
if (!url) console.warn(`RedisPresenceStore contract skipped: ${REDIS_SKIP_REASON}`);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

presenceContract(
  'redis',
  async () => {
    const redis = testRedisClients('presence-contract');
    await redis.connect(); // so cleanUp has a connection to delete the keys with
    const store = await new RedisPresenceStore(url!, redis.keyPrefix).connect();
    return { store, now: Date.now, advance: sleep, dispose: () => redis.cleanUp() };
  },
  { skip: url ? undefined : REDIS_SKIP_REASON },
);

describe.skipIf(!url)('RedisPresenceStore', () => {
  const redis = url ? testRedisClients('presence') : undefined;
  afterAll(async () => redis?.cleanUp());

  it('is what createPresenceStore gives with a Redis URL; replicas share entries', async () => {
    await redis!.connect();
    const [a, b] = await Promise.all([
      createPresenceStore({ redisUrl: url, keyPrefix: `${redis!.keyPrefix}share:` }),
      createPresenceStore({ redisUrl: url, keyPrefix: `${redis!.keyPrefix}share:` }),
    ]);
    expect(a.kind).toBe('redis');
    const entry = presenceEntry({ userId: 'u', deviceId: 'tv' });
    await a.beat(entry, 60_000);
    expect(await b.get('u', 'tv')).toEqual(entry);
    expect(await b.beat({ ...entry, state: 'WATCHING' }, 60_000)).toEqual(entry);
    expect(await a.remove('u', 'tv')).toMatchObject({ state: 'WATCHING' });
    await Promise.all([a.close(), b.close()]);
  });

  it('reports each timeout to exactly one of two replicas claiming at once', async () => {
    const keyPrefix = `${redis!.keyPrefix}race:`;
    const stores = await Promise.all([0, 1].map(() => createPresenceStore({ redisUrl: url, keyPrefix })));
    const entries = Array.from({ length: 120 }, (_, i) => presenceEntry({ userId: `u${i % 7}`, deviceId: `d${i}` }));
    await Promise.all(entries.map((entry, i) => stores[i % 2]!.beat(entry, 50)));
    await sleep(100);
    const claims: PresenceEntry[][] = [[], []];
    // Several rounds each, interleaved, so the two replicas' scripts really do contend.
    await Promise.all(
      stores.map(async (store, i) => {
        for (let round = 0; round < 5; round++) claims[i]!.push(...(await store.claimExpired(Date.now())));
      }),
    );
    const ids = [...claims[0]!, ...claims[1]!].map((e) => e.deviceId);
    expect(ids.length).toBe(entries.length);
    expect(new Set(ids).size).toBe(entries.length);
    for (let u = 0; u < 7; u++) expect(await stores[0]!.list(`u${u}`)).toEqual([]);
    await Promise.all(stores.map((store) => store.close()));
  });

  it('claims in batches when many entries time out together', async () => {
    const store = await createPresenceStore({ redisUrl: url, keyPrefix: `${redis!.keyPrefix}batch:` });
    await Promise.all(Array.from({ length: 1_100 }, (_, i) => store.beat(presenceEntry({ userId: 'u', deviceId: `d${i}` }), 60_000)));
    expect(await store.claimExpired(Date.now() + 120_000)).toHaveLength(1_100);
    await store.close();
  });

  it('leaves no keys behind once every entry is claimed or removed', async () => {
    const keyPrefix = `${redis!.keyPrefix}tidy:`;
    const raw = await redis!.connect();
    const store = await createPresenceStore({ redisUrl: url, keyPrefix });
    await store.beat(presenceEntry({ userId: 'u', deviceId: 'a' }), 60_000);
    await store.beat(presenceEntry({ userId: 'u', deviceId: 'b' }), 60_000);
    await store.remove('u', 'a');
    await store.claimExpired(Date.now() + 120_000);
    expect(await raw.keys(`${keyPrefix}*`)).toEqual([]);
    await store.close();
  });

  it('fails fast, not hangs, when Redis is unreachable', async () => {
    await expect(createPresenceStore({ redisUrl: 'redis://127.0.0.1:1' })).rejects.toThrow();
  });
});
