import { describe, expect, it } from 'vitest';
import { MemorySessionStore } from '../../src/session/MemorySessionStore.js';
import { SESSION_TTL_MS } from '../../src/session/SessionStore.js';
import { sessionRecord, T0 } from '../support/sessionRecord.js';
import { sessionStoreContract } from './sessionStoreContract.js';

sessionStoreContract('MemorySessionStore', async () => {
  const store = new MemorySessionStore();
  return { store, dispose: () => store.close() };
});

describe('MemorySessionStore expiry', () => {
  it('forgets a session 24 h after its last write, each write starting the 24 h again', async () => {
    let now = T0;
    const store = new MemorySessionStore({ now: () => now });
    const session = sessionRecord();
    await store.create(session);
    now += SESSION_TTL_MS - 1;
    expect(await store.replace({ ...session, version: 2 }, 1)).toBe(true);
    now += SESSION_TTL_MS - 1;
    expect(await store.get(session.id)).not.toBeNull();
    now += 1;
    expect(await store.get(session.id)).toBeNull();
    expect(await store.listForUser(session.userId)).toEqual([]);
    expect(await store.replace({ ...session, version: 3 }, 2)).toBe(false);
  });
});
