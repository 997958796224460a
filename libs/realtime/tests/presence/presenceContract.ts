import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PresenceStore } from '@media-gateway/realtime';
import { presenceEntry } from './presenceEntry.js';

export interface PresenceHarness {
  store: PresenceStore;
  /** The time the store goes by. */
  now(): number;
  /** Lets `ms` pass: a fake clock for memory, real time for Redis (whose ttls Redis itself enforces). */
  advance(ms: number): Promise<void>;
  /** Cleans up anything created beyond the store (connections, keys). */
  dispose?(): Promise<void>;
}

/** Short enough for real time, long enough that a test's own steps never outlast it. */
const SHORT_TTL = 200;
const LONG_TTL = 60_000;

/** The behaviour every PresenceStore adapter must have; each adapter's test file runs it against a real instance. */
export function presenceContract(name: string, create: () => Promise<PresenceHarness>, options: { skip?: string } = {}): void {
  describe.skipIf(Boolean(options.skip))(`PresenceStore contract: ${name}`, () => {
    let h: PresenceHarness;
    let n = 0;
    // Every test works on users of its own, so the shared store's other entries never get in the way.
    const user = () => `user-${++n}-${Math.random().toString(36).slice(2, 8)}`;

    beforeAll(async () => {
      h = await create();
    });
    afterAll(async () => {
      await h?.store.close();
      await h?.dispose?.();
    });

    it('returns null for a device that was offline and the previous entry on a refresh', async () => {
      const userId = user();
      const first = presenceEntry({ userId, deviceId: 'tv', lastSeenAt: 1 });
      const second = presenceEntry({ userId, deviceId: 'tv', state: 'WATCHING', titleId: 't1', sessionId: 's1', lastSeenAt: 2 });
      expect(await h.store.beat(first, LONG_TTL)).toBeNull();
      expect(await h.store.beat(second, LONG_TTL)).toEqual(first);
      expect(await h.store.get(userId, 'tv')).toEqual(second);
      expect(await h.store.get(userId, 'phone')).toBeNull();
    });

    it("lists a user's live devices by id, and only that user's", async () => {
      const [alice, bob] = [user(), user()];
      await h.store.beat(presenceEntry({ userId: alice, deviceId: 'web' }), LONG_TTL);
      await h.store.beat(presenceEntry({ userId: alice, deviceId: 'phone', deviceType: 'PHONE' }), LONG_TTL);
      await h.store.beat(presenceEntry({ userId: bob, deviceId: 'tv' }), LONG_TTL);
      expect((await h.store.list(alice)).map((e) => e.deviceId)).toEqual(['phone', 'web']);
      expect((await h.store.list(bob)).map((e) => e.deviceId)).toEqual(['tv']);
      expect(await h.store.list(user())).toEqual([]);
      expect(await h.store.get(bob, 'web')).toBeNull();
    });

    it('keeps ids apart even when they contain the separator', async () => {
      const base = user();
      await h.store.beat(presenceEntry({ userId: `${base}:a`, deviceId: 'b' }), LONG_TTL);
      await h.store.beat(presenceEntry({ userId: base, deviceId: 'a:b' }), LONG_TTL);
      expect((await h.store.list(`${base}:a`)).map((e) => e.deviceId)).toEqual(['b']);
      expect((await h.store.list(base)).map((e) => e.deviceId)).toEqual(['a:b']);
    });

    it('takes an entry offline once its ttl has passed', async () => {
      const userId = user();
      const entry = presenceEntry({ userId, deviceId: 'tv' });
      await h.store.beat(entry, SHORT_TTL);
      await h.store.beat(presenceEntry({ userId, deviceId: 'web' }), LONG_TTL);
      await h.advance(SHORT_TTL + 50);
      expect(await h.store.get(userId, 'tv')).toBeNull();
      expect((await h.store.list(userId)).map((e) => e.deviceId)).toEqual(['web']);
      // Coming back after a timeout is a join: there is no previous entry.
      expect(await h.store.beat(entry, LONG_TTL)).toBeNull();
    });

    it('removes an entry and says what was there', async () => {
      const userId = user();
      const entry = presenceEntry({ userId, deviceId: 'tv' });
      await h.store.beat(entry, LONG_TTL);
      expect(await h.store.remove(userId, 'tv')).toEqual(entry);
      expect(await h.store.get(userId, 'tv')).toBeNull();
      expect(await h.store.list(userId)).toEqual([]);
      expect(await h.store.remove(userId, 'tv')).toBeNull();
    });

    it('claims each expired entry exactly once, with what the device last reported', async () => {
      const userId = user();
      const watching = presenceEntry({ userId, deviceId: 'tv', state: 'WATCHING', titleId: 't1' });
      await h.store.beat(presenceEntry({ userId, deviceId: 'tv' }), SHORT_TTL);
      await h.store.beat(watching, SHORT_TTL);
      await h.store.beat(presenceEntry({ userId, deviceId: 'web' }), LONG_TTL);
      await h.advance(SHORT_TTL + 50);
      const claimed = (await h.store.claimExpired(h.now())).filter((e) => e.userId === userId);
      expect(claimed).toEqual([watching]);
      expect((await h.store.claimExpired(h.now())).filter((e) => e.userId === userId)).toEqual([]);
      expect((await h.store.list(userId)).map((e) => e.deviceId)).toEqual(['web']);
    });

    it('never claims an entry a later beat refreshed, nor a removed one', async () => {
      const userId = user();
      await h.store.beat(presenceEntry({ userId, deviceId: 'tv' }), SHORT_TTL);
      await h.store.beat(presenceEntry({ userId, deviceId: 'tv', lastSeenAt: 2 }), LONG_TTL);
      await h.store.beat(presenceEntry({ userId, deviceId: 'phone' }), SHORT_TTL);
      await h.store.remove(userId, 'phone');
      await h.advance(SHORT_TTL + 50);
      expect((await h.store.claimExpired(h.now())).filter((e) => e.userId === userId)).toEqual([]);
      expect(await h.store.get(userId, 'tv')).toMatchObject({ lastSeenAt: 2 });
    });

    it('goes by the time it is given: a claim "in the future" takes the entry offline', async () => {
      const userId = user();
      const entry = presenceEntry({ userId, deviceId: 'tv' });
      await h.store.beat(entry, LONG_TTL);
      expect((await h.store.claimExpired(h.now())).filter((e) => e.userId === userId)).toEqual([]);
      const claimed = (await h.store.claimExpired(h.now() + LONG_TTL + 1)).filter((e) => e.userId === userId);
      expect(claimed).toEqual([entry]);
      expect(await h.store.get(userId, 'tv')).toBeNull();
      expect(await h.store.list(userId)).toEqual([]);
    });

    it('rejects a non-positive ttl and empty ids as caller misuse', async () => {
      const entry = presenceEntry({ userId: user(), deviceId: 'tv' });
      await expect(h.store.beat(entry, 0)).rejects.toThrow(/ttlMs must be a positive number/);
      await expect(h.store.beat({ ...entry, deviceId: '' }, LONG_TTL)).rejects.toThrow(TypeError);
      await expect(h.store.get('', 'tv')).rejects.toThrow(TypeError);
    });
  });

  describe.skipIf(Boolean(options.skip))(`PresenceStore contract: ${name} (close)`, () => {
    it('refuses work after close', async () => {
      const h = await create();
      await h.store.close();
      await expect(h.store.get('u', 'd')).rejects.toMatchObject({ code: 'CLOSED' });
      await expect(h.store.claimExpired(h.now())).rejects.toMatchObject({ code: 'CLOSED' });
      await h.dispose?.();
    });
  });
}
