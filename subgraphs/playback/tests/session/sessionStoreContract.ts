import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionStore } from '../../src/session/SessionStore.js';
import { sessionRecord } from '../support/sessionRecord.js';

export interface OpenedSessionStore {
  store: SessionStore;
  dispose(): Promise<void>;
}

const USER_A = '00000000-0000-4000-8000-00000000000a';
const USER_B = '00000000-0000-4000-8000-00000000000b';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The behaviour every `SessionStore` shares (ARCHITECTURE.md: one contract suite per adapter pair). */
export function sessionStoreContract(name: string, open: () => Promise<OpenedSessionStore>): void {
  describe(`${name} (SessionStore contract)`, () => {
    let opened: OpenedSessionStore;
    let store: SessionStore;

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });

    afterEach(async () => {
      await opened.dispose();
    });

    it('stores a session and reads it back as it was', async () => {
      const session = sessionRecord({ id: id(1), userId: USER_A });
      await store.create(session);
      expect(await store.get(id(1))).toEqual(session);
      expect(await store.get(id(2))).toBeNull();
    });

    it('refuses to create a session whose id is taken', async () => {
      await store.create(sessionRecord({ id: id(1), userId: USER_A }));
      await expect(store.create(sessionRecord({ id: id(1), userId: USER_A, positionSeconds: 1 }))).rejects.toThrow(/exists/);
      expect((await store.get(id(1)))?.positionSeconds).toBe(600);
    });

    it('replaces a session only at the version the writer read (compare-and-set)', async () => {
      const session = sessionRecord({ id: id(1), userId: USER_A });
      await store.create(session);
      const first = { ...session, positionSeconds: 700, version: 2 };
      const second = { ...session, positionSeconds: 800, version: 2 };
      expect(await store.replace(first, 1)).toBe(true);
      expect(await store.replace(second, 1)).toBe(false);
      expect(await store.get(id(1))).toEqual(first);
      expect(await store.replace({ ...first, version: 3 }, 2)).toBe(true);
    });

    it('does not replace a session it does not have', async () => {
      expect(await store.replace(sessionRecord({ id: id(9), userId: USER_A, version: 2 }), 1)).toBe(false);
      expect(await store.get(id(9))).toBeNull();
    });

    it('lists each user\'s sessions and only theirs', async () => {
      await store.create(sessionRecord({ id: id(1), userId: USER_A }));
      await store.create(sessionRecord({ id: id(2), userId: USER_A }));
      await store.create(sessionRecord({ id: id(3), userId: USER_B }));
      expect((await store.listForUser(USER_A)).map((s) => s.id).sort()).toEqual([id(1), id(2)]);
      expect((await store.listForUser(USER_B)).map((s) => s.id)).toEqual([id(3)]);
      expect(await store.listForUser('00000000-0000-4000-8000-0000000000ff')).toEqual([]);
    });

    it('removes one session, or all of a user\'s', async () => {
      await store.create(sessionRecord({ id: id(1), userId: USER_A }));
      await store.create(sessionRecord({ id: id(2), userId: USER_A }));
      await store.create(sessionRecord({ id: id(3), userId: USER_B }));
      await store.remove(sessionRecord({ id: id(1), userId: USER_A }));
      expect(await store.get(id(1))).toBeNull();
      expect((await store.listForUser(USER_A)).map((s) => s.id)).toEqual([id(2)]);
      await store.deleteForUser(USER_A);
      expect(await store.get(id(2))).toBeNull();
      expect(await store.listForUser(USER_A)).toEqual([]);
      expect((await store.listForUser(USER_B)).map((s) => s.id)).toEqual([id(3)]);
    });
  });
}
