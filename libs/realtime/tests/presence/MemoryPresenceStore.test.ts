import { describe, expect, it } from 'vitest';
import { createPresenceStore, MemoryPresenceStore, PRESENCE } from '@media-gateway/realtime';
import { presenceContract } from './presenceContract.js';
import { presenceEntry } from './presenceEntry.js';

function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: async (ms: number) => void (now += ms) };
}

presenceContract('memory', async () => {
  const clock = fakeClock();
  return { store: new MemoryPresenceStore(clock.now), ...clock };
});

describe('MemoryPresenceStore', () => {
  it('is what createPresenceStore gives without a Redis URL, on the clock it is given', async () => {
    const clock = fakeClock();
    const store = await createPresenceStore({ now: clock.now });
    expect(store.kind).toBe('memory');
    await store.beat(presenceEntry({ userId: 'u', deviceId: 'tv' }), PRESENCE.offlineAfterMs);
    await clock.advance(PRESENCE.offlineAfterMs - 1);
    expect(await store.get('u', 'tv')).not.toBeNull();
    await clock.advance(1);
    expect(await store.get('u', 'tv')).toBeNull();
    await store.close();
  });

  it('hands out timeouts oldest first', async () => {
    const clock = fakeClock();
    const store = new MemoryPresenceStore(clock.now);
    await store.beat(presenceEntry({ userId: 'u', deviceId: 'late' }), 300);
    await store.beat(presenceEntry({ userId: 'v', deviceId: 'early' }), 100);
    await store.beat(presenceEntry({ userId: 'u', deviceId: 'middle' }), 200);
    expect((await store.claimExpired(clock.now() + 300)).map((e) => e.deviceId)).toEqual(['early', 'middle', 'late']);
  });

  it('hands out copies: changing one does not change the store', async () => {
    const store = new MemoryPresenceStore();
    await store.beat(presenceEntry({ userId: 'u', deviceId: 'tv' }), 60_000);
    const entry = (await store.get('u', 'tv'))!;
    entry.state = 'PAUSED';
    expect(await store.get('u', 'tv')).toMatchObject({ state: 'BROWSING' });
  });

  it('states the §8 timings', () => {
    expect(PRESENCE).toEqual({ heartbeatIntervalMs: 30_000, offlineAfterMs: 60_000, idleAfterMs: 300_000, reconcileAfterMs: 300_000 });
  });
});
