import { randomUUID } from 'node:crypto';
import { IDENTITY_HEADER } from '@media-gateway/auth';
import type { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncHarness, user, type SyncHarness } from '../support/syncHarness.js';
import { hlcOf, titleId } from '../support/ids.js';

let h: SyncHarness;
beforeAll(async () => {
  h = await createSyncHarness('sync-library');
});
afterAll(async () => {
  await h?.dispose();
});

/** Timestamps a device would issue: from half an hour ago, a second apart (past the one-a-second progress rule). */
function deviceClock(deviceId: string) {
  let physical = Date.now() - 30 * 60_000;
  return () => hlcOf((physical += 1_000), deviceId);
}

const LIBRARY = /* GraphQL */ `
  query ($profileId: ID!) {
    library(profileId: $profileId) {
      profileId
      cursor
      watchlist { title { id } priority reason hlc tags addedAt }
      progress { title { id } positionSeconds durationSeconds completed percent deviceId }
      preferences { key value deviceId }
    }
  }
`;
const ADD = /* GraphQL */ `
  mutation ($profileId: ID!, $deviceId: ID!, $titleId: ID!, $hlc: String!, $priority: Int, $reason: String) {
    addToWatchlist(profileId: $profileId, deviceId: $deviceId, titleId: $titleId, hlc: $hlc, priority: $priority, reason: $reason) {
      title { id } priority reason hlc tags
    }
  }
`;
const REMOVE = /* GraphQL */ `
  mutation ($profileId: ID!, $deviceId: ID!, $titleId: ID!, $hlc: String!, $tags: [String!]!) {
    removeFromWatchlist(profileId: $profileId, deviceId: $deviceId, titleId: $titleId, hlc: $hlc, tags: $tags)
  }
`;
const PROGRESS = /* GraphQL */ `
  mutation ($profileId: ID!, $deviceId: ID!, $titleId: ID!, $hlc: String!, $position: Float!, $duration: Float!) {
    reportProgress(profileId: $profileId, deviceId: $deviceId, titleId: $titleId, hlc: $hlc, positionSeconds: $position, durationSeconds: $duration) {
      positionSeconds completed percent hlc
    }
  }
`;
const PREFERENCE = /* GraphQL */ `
  mutation ($profileId: ID!, $deviceId: ID!, $key: String!, $value: String!, $hlc: String!) {
    setPreference(profileId: $profileId, deviceId: $deviceId, key: $key, value: $value, hlc: $hlc) { key value hlc }
  }
`;
const APPLY = /* GraphQL */ `
  mutation ($profileId: ID!, $deviceId: ID!, $operations: [SyncOperationInput!]!) {
    applySyncOperations(profileId: $profileId, deviceId: $deviceId, operations: $operations) {
      applied duplicates ignored cursor
      library { watchlist { title { id } } progress { title { id } } preferences { key value } }
    }
  }
`;
const SYNC_SINCE = /* GraphQL */ `
  query ($profileId: ID!, $cursor: String, $first: Int) {
    syncSince(profileId: $profileId, cursor: $cursor, first: $first) {
      cursor hasMore fullStateRequired
      operations { cursor kind deviceId hlc title { id } priority tags positionSeconds completed key value at }
    }
  }
`;
const CHANGES = /* GraphQL */ `
  subscription ($profileId: ID) {
    libraryChanged(profileId: $profileId) {
      profileId cursor present
      operation { kind hlc deviceId title { id } }
      title { id }
      watchlistEntry { priority tags }
      progress { positionSeconds }
      preference { key value }
    }
  }
`;

const codeOf = (errors: readonly GraphQLError[] | undefined) => errors?.[0]?.extensions?.code;

describe('the library through GraphQL', () => {
  it('adds, reports, sets and removes, and shows it all in the library', async () => {
    const alice = user();
    const deviceId = await h.registerDevice(alice);
    const profileId = randomUUID();
    const next = deviceClock(deviceId);

    const addHlc = next();
    const added = await h.data<{ addToWatchlist: { tags: string[] } }>(alice, ADD, { profileId, deviceId, titleId: titleId(1), hlc: addHlc, priority: 4, reason: 'shared by Sam' });
    expect(added.addToWatchlist).toEqual({ title: { id: titleId(1) }, priority: 4, reason: 'shared by Sam', hlc: addHlc, tags: [addHlc] });
    await h.data(alice, ADD, { profileId, deviceId, titleId: titleId(2), hlc: next() });
    const progress = await h.data(alice, PROGRESS, { profileId, deviceId, titleId: titleId(3), hlc: next(), position: 2_448, duration: 3_600 });
    expect(progress).toMatchObject({ reportProgress: { positionSeconds: 2_448, completed: false, percent: 68 } });
    await h.data(alice, PREFERENCE, { profileId, deviceId, key: 'subtitleLanguage', value: 'de', hlc: next() });
    // A remove names the tags the device saw: here, what the library shows.
    const seen = await h.data<{ library: { watchlist: Array<{ title: { id: string }; tags: string[] }> } }>(alice, LIBRARY, { profileId });
    const tags = seen.library.watchlist.find((entry) => entry.title.id === titleId(2))!.tags;
    const removed = await h.data(alice, REMOVE, { profileId, deviceId, titleId: titleId(2), hlc: next(), tags });
    expect(removed).toEqual({ removeFromWatchlist: true });

    const { library } = await h.data<{ library: Record<string, unknown> }>(alice, LIBRARY, { profileId });
    expect(library).toMatchObject({
      profileId,
      watchlist: [{ title: { id: titleId(1) }, priority: 4, reason: 'shared by Sam', tags: [addHlc] }],
      progress: [{ title: { id: titleId(3) }, positionSeconds: 2_448, durationSeconds: 3_600, completed: false, percent: 68, deviceId }],
      preferences: [{ key: 'subtitleLanguage', value: 'de', deviceId }],
    });
  });

  it('answers a re-sent batch with duplicates and pages the log with syncSince', async () => {
    const alice = user();
    const deviceId = await h.registerDevice(alice);
    const profileId = randomUUID();
    const next = deviceClock(deviceId);
    const operations = [
      { kind: 'WATCHLIST_ADD', hlc: next(), titleId: titleId(1), priority: 1 },
      { kind: 'PROGRESS', hlc: next(), titleId: titleId(1), positionSeconds: 990, durationSeconds: 1_000 },
      { kind: 'PREFERENCE', hlc: next(), key: 'autoplayNext', value: 'false' },
    ];
    const first = await h.data<{ applySyncOperations: { cursor: string } }>(alice, APPLY, { profileId, deviceId, operations });
    expect(first.applySyncOperations).toMatchObject({ applied: 3, duplicates: 0, ignored: 0, library: { watchlist: [{ title: { id: titleId(1) } }], preferences: [{ key: 'autoplayNext', value: 'false' }] } });
    const again = await h.data<{ applySyncOperations: { cursor: string } }>(alice, APPLY, { profileId, deviceId, operations: [...operations].reverse() });
    expect(again.applySyncOperations).toMatchObject({ applied: 0, duplicates: 3, ignored: 0, cursor: first.applySyncOperations.cursor });

    const fresh = await h.data(alice, SYNC_SINCE, { profileId });
    expect(fresh).toMatchObject({ syncSince: { fullStateRequired: true, operations: [], cursor: first.applySyncOperations.cursor } });

    const { library } = await h.data<{ library: { cursor: string } }>(alice, LIBRARY, { profileId });
    const start = await h.data<{ syncSince: { cursor: string } }>(alice, SYNC_SINCE, { profileId, cursor: library.cursor });
    expect(start.syncSince).toMatchObject({ operations: [], hasMore: false, fullStateRequired: false, cursor: library.cursor });
    await h.data(alice, ADD, { profileId, deviceId, titleId: titleId(2), hlc: next() });
    await h.data(alice, PROGRESS, { profileId, deviceId, titleId: titleId(2), hlc: next(), position: 30, duration: 100 });
    const page1 = await h.data<{ syncSince: { cursor: string } }>(alice, SYNC_SINCE, { profileId, cursor: library.cursor, first: 1 });
    expect(page1.syncSince).toMatchObject({ hasMore: true, operations: [{ kind: 'WATCHLIST_ADD', deviceId, title: { id: titleId(2) }, priority: 0 }] });
    const page2 = await h.data<{ syncSince: { cursor: string } }>(alice, SYNC_SINCE, { profileId, cursor: page1.syncSince.cursor, first: 1 });
    expect(page2.syncSince).toMatchObject({ hasMore: false, operations: [{ kind: 'PROGRESS', positionSeconds: 30, completed: false }] });
  });

  it('refuses a malformed timestamp, one too far ahead, and a bad page size, naming the reason', async () => {
    const alice = user();
    const deviceId = await h.registerDevice(alice);
    const profileId = randomUUID();
    const malformed = await h.run(alice, ADD, { profileId, deviceId, titleId: titleId(1), hlc: 'yesterday' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'HLC_MALFORMED', problems: ['hlc: not a hybrid logical clock timestamp: "yesterday"'] });
    const ahead = await h.run(alice, PREFERENCE, { profileId, deviceId, key: 'theme', value: 'dark', hlc: hlcOf(Date.now() + 5 * 60_000, deviceId) });
    expect(ahead.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'HLC_CLOCK_DRIFT' });
    const foreign = await h.run(alice, PREFERENCE, { profileId, deviceId, key: 'theme', value: 'dark', hlc: hlcOf(Date.now(), randomUUID()) });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'HLC_NODE_MISMATCH' });
    const page = await h.run(alice, SYNC_SINCE, { profileId, cursor: 'forged', first: 501 });
    expect(page.errors?.[0]?.extensions?.problems).toEqual(['first must be between 1 and 500, got 501', 'cursor is not one this API issued; load `library` for a fresh one']);
  });

  it('writes nothing when one operation of a batch is bad, and lists every problem', async () => {
    const alice = user();
    const deviceId = await h.registerDevice(alice);
    const profileId = randomUUID();
    const next = deviceClock(deviceId);
    const result = await h.run(alice, APPLY, {
      profileId,
      deviceId,
      operations: [
        { kind: 'WATCHLIST_ADD', hlc: next(), titleId: titleId(1) },
        { kind: 'PROGRESS', hlc: next(), titleId: titleId(1), positionSeconds: 10 },
        { kind: 'PREFERENCE', hlc: 'not-an-hlc', key: 'theme', value: 'dark' },
      ],
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'HLC_MALFORMED',
      problems: ['operations[1]: durationSeconds must be in (0, 86400], got undefined', 'operations[2]: hlc: not a hybrid logical clock timestamp: "not-an-hlc"'],
    });
    const { library } = await h.data<{ library: Record<string, unknown[]> }>(alice, LIBRARY, { profileId });
    expect([library.watchlist, library.progress, library.preferences]).toEqual([[], [], []]);
  });

  it("keeps users apart: no reading, writing or writing through another user's device", async () => {
    const alice = user();
    const bob = user();
    const aliceDevice = await h.registerDevice(alice);
    const bobDevice = await h.registerDevice(bob);
    const profileId = randomUUID();
    await h.data(alice, ADD, { profileId, deviceId: aliceDevice, titleId: titleId(1), hlc: deviceClock(aliceDevice)() });

    // Bob names Alice's profile: he reads and writes his own, empty, space.
    const bobsView = await h.data<{ library: { watchlist: unknown[]; cursor: string } }>(bob, LIBRARY, { profileId });
    expect(bobsView.library.watchlist).toEqual([]);
    const bobsLog = await h.data<{ syncSince: { operations: unknown[] } }>(bob, SYNC_SINCE, { profileId, cursor: bobsView.library.cursor });
    expect(bobsLog.syncSince.operations).toEqual([]);
    await h.data(bob, ADD, { profileId, deviceId: bobDevice, titleId: titleId(2), hlc: deviceClock(bobDevice)() });
    // Bob through Alice's device: not his device.
    const hijack = await h.run(bob, ADD, { profileId, deviceId: aliceDevice, titleId: titleId(3), hlc: deviceClock(aliceDevice)() });
    expect(codeOf(hijack.errors)).toBe('NOT_FOUND');

    const alicesView = await h.data<{ library: { watchlist: Array<{ title: { id: string } }> } }>(alice, LIBRARY, { profileId });
    expect(alicesView.library.watchlist.map((e) => e.title.id)).toEqual([titleId(1)]);
  });

  it('needs a signed-in user with a registered device', async () => {
    const anonymous = await h.run({ kind: 'anonymous' }, LIBRARY, { profileId: randomUUID() });
    expect(codeOf(anonymous.errors)).toBe('UNAUTHENTICATED');
    const service = await h.run({ kind: 'service', clientId: 'cron', scopes: [] }, LIBRARY, { profileId: randomUUID() });
    expect(codeOf(service.errors)).toBe('FORBIDDEN');
    await expect(h.service.createContext({ [IDENTITY_HEADER]: 'forged' })).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const alice = user();
    const unknownDevice = randomUUID();
    const unregistered = await h.run(alice, ADD, { profileId: randomUUID(), deviceId: unknownDevice, titleId: titleId(1), hlc: deviceClock(unknownDevice)() });
    expect(codeOf(unregistered.errors)).toBe('NOT_FOUND');
  });
});

describe('libraryChanged', () => {
  it("delivers a user's changes to that user's subscriptions only, filtered by profile", async () => {
    const alice = user();
    const bob = user();
    const aliceDevice = await h.registerDevice(alice);
    const bobDevice = await h.registerDevice(bob);
    const profileId = randomUUID();
    const otherProfile = randomUUID();

    const alicesAll = await h.subscribe(alice, CHANGES, {});
    const alicesProfile = await h.subscribe(alice, CHANGES, { profileId });
    const bobs = await h.subscribe(bob, CHANGES, { profileId });
    if (!(Symbol.asyncIterator in alicesAll) || !(Symbol.asyncIterator in alicesProfile) || !(Symbol.asyncIterator in bobs)) throw new Error('subscriptions refused');

    const next = deviceClock(aliceDevice);
    await h.data(alice, PREFERENCE, { profileId: otherProfile, deviceId: aliceDevice, key: 'theme', value: 'dark', hlc: next() });
    const addHlc = next();
    await h.data(alice, ADD, { profileId, deviceId: aliceDevice, titleId: titleId(1), hlc: addHlc, priority: 2 });
    // Bob's own change, so his stream has something to show: it must be his, not Alice's.
    await h.data(bob, PROGRESS, { profileId, deviceId: bobDevice, titleId: titleId(9), hlc: deviceClock(bobDevice)(), position: 5, duration: 50 });

    const first = await alicesAll.next();
    expect(first.value?.data?.libraryChanged).toMatchObject({ profileId: otherProfile, operation: { kind: 'PREFERENCE' }, preference: { key: 'theme', value: 'dark' }, present: null });
    const second = await alicesAll.next();
    expect(second.value?.data?.libraryChanged).toMatchObject({
      profileId,
      present: true,
      title: { id: titleId(1) },
      operation: { kind: 'WATCHLIST_ADD', hlc: addHlc, deviceId: aliceDevice, title: { id: titleId(1) } },
      watchlistEntry: { priority: 2, tags: [addHlc] },
    });
    const filtered = await alicesProfile.next();
    expect(filtered.value?.data?.libraryChanged).toMatchObject({ profileId, operation: { kind: 'WATCHLIST_ADD' } });
    const bobsFirst = await bobs.next();
    expect(bobsFirst.value?.data?.libraryChanged).toMatchObject({ operation: { kind: 'PROGRESS', deviceId: bobDevice }, progress: { positionSeconds: 5 } });

    await Promise.all([alicesAll.return?.(undefined), alicesProfile.return?.(undefined), bobs.return?.(undefined)]);
  });

  it('refuses an anonymous subscriber before opening anything', async () => {
    const result = await h.subscribe({ kind: 'anonymous' }, CHANGES, {});
    expect(Symbol.asyncIterator in result).toBe(false);
    expect(codeOf((result as { errors?: readonly GraphQLError[] }).errors)).toBe('UNAUTHENTICATED');
  });
});
