import { formatHlc, HybridClock } from '@media-gateway/crdt';
import { describe, expect, it } from 'vitest';
import { MemorySyncQueueStore, OfflineSync, QUEUE_WARNING_THRESHOLD, type QueuedOperation, type RejectedOperations } from '@media-gateway/sdk';
import { FakeSyncClient } from './fakeSyncClient.js';
import { failure } from '../support/failure.js';

const PROFILE = '11111111-1111-4111-8111-111111111111';
const DEVICE = 'phone-1';
const OTHER = 'tv-2';
const T = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const NOW = 1_800_000_000_000;

function setup(options: { stored?: QueuedOperation[]; batchSize?: number; wall?: { now: number } } = {}) {
  const client = new FakeSyncClient();
  const store = new MemorySyncQueueStore(options.stored ?? []);
  const wall = options.wall ?? { now: NOW };
  const clock = new HybridClock({ node: DEVICE, wallClock: () => wall.now });
  const sync = new OfflineSync({ client, profileId: PROFILE, deviceId: DEVICE, store, clock, ...(options.batchSize ? { batchSize: options.batchSize } : {}) });
  return { client, store, sync, wall };
}

const hlc = (physical: number, node = DEVICE, logical = 0) => formatHlc({ physical, logical, node });

function library(overrides: Record<string, unknown> = {}) {
  return { library: { profileId: PROFILE, cursor: 'cursor-0', watchlist: [], progress: [], preferences: [], ...overrides } };
}

describe('OfflineSync: local operations', () => {
  it('stamps each operation with the device clock, shows it at once and queues it persistently', async () => {
    const { sync, store, wall } = setup();
    const added = await sync.addToWatchlist(T(1), { priority: 5, reason: 'friend said so' });
    wall.now += 2000;
    const progress = await sync.reportProgress(T(2), 600, 6000);
    const preference = await sync.setPreference('theme', 'dark');

    expect(added).toEqual({ kind: 'WATCHLIST_ADD', titleId: T(1), priority: 5, reason: 'friend said so', hlc: hlc(NOW) });
    expect(progress.hlc).toBe(hlc(NOW + 2000));
    expect(preference.hlc).toBe(hlc(NOW + 2000, DEVICE, 1));
    expect(sync.pending()).toBe(3);
    expect(await store.load()).toEqual([added, progress, preference]);
    expect(sync.watchlist()).toEqual([
      { titleId: T(1), title: undefined, priority: 5, reason: 'friend said so', hlc: hlc(NOW), addedAt: new Date(NOW).toISOString(), tags: [hlc(NOW)] },
    ]);
    expect(sync.progress(T(2))).toMatchObject({ positionSeconds: 600, durationSeconds: 6000, completed: false, percent: 10, deviceId: DEVICE });
    expect(sync.preferences()).toEqual({ theme: 'dark' });
  });

  it('refuses what the server would refuse, with every problem, and queues nothing', async () => {
    const { sync } = setup();
    const error = await failure(sync.addToWatchlist('not-a-uuid', { priority: 101 }));
    expect([error.code, error.problems]).toEqual(['BAD_USER_INPUT', ['titleId must be a UUID, got "not-a-uuid"', 'priority must be an integer in [0, 100], got 101']]);
    expect((await failure(sync.setPreference('volume', '11'))).message).toBe(
      'key must be one of subtitleLanguage, audioLanguage, autoplayNext, playbackSpeed, preferredQuality, theme, got "volume"',
    );
    expect((await failure(sync.reportProgress(T(1), -1, 0))).problems).toEqual([
      'durationSeconds must be in (0, 86400], got 0',
      'positionSeconds must be a non-negative number, got -1',
    ]);
    expect(sync.pending()).toBe(0);
  });

  it('follows the server progress rules: clamped, > 95% completed, one report a second unless completion changes', async () => {
    const { sync, wall } = setup();
    await sync.reportProgress(T(1), 100, 1000);
    wall.now += 500;
    await sync.reportProgress(T(1), 200, 1000);
    expect(sync.progress(T(1))?.positionSeconds).toBe(100);
    await sync.reportProgress(T(1), 2000, 1000);
    expect(sync.progress(T(1))).toMatchObject({ positionSeconds: 1000, completed: true, percent: 100 });
    expect(sync.pending()).toBe(3);
  });

  it('warns once when more than 1000 operations wait (§16 scenario 14)', async () => {
    const { sync } = setup();
    const warnings: number[] = [];
    sync.on('backlog', ({ pending }) => warnings.push(pending));
    for (let i = 0; i <= QUEUE_WARNING_THRESHOLD + 1; i++) await sync.setPreference('theme', `t${i}`);
    expect(warnings).toEqual([QUEUE_WARNING_THRESHOLD + 1]);
  });

  it('picks a stored queue up again after a restart and shows it', async () => {
    const first = setup();
    await first.sync.addToWatchlist(T(1));
    // The device's wall clock went back 10 s meanwhile (NTP correction).
    const clock = new HybridClock({ node: DEVICE, wallClock: () => NOW - 10_000 });
    const again = new OfflineSync({ client: first.client, profileId: PROFILE, deviceId: DEVICE, store: first.store, clock });
    await again.start();
    expect([again.pending(), again.watchlist().map((e) => e.titleId)]).toEqual([1, [T(1)]]);
    // The restarted clock continues after what it queued before.
    const next = await again.setPreference('theme', 'light');
    expect(next.hlc).toBe(hlc(NOW, DEVICE, 2));
  });

  it('rejects a bad option with a TypeError naming it', () => {
    const client = new FakeSyncClient();
    const store = new MemorySyncQueueStore();
    expect(() => new OfflineSync({ client, profileId: 'me', deviceId: DEVICE, store })).toThrow(new TypeError('options.profileId must be a profile\'s UUID, got "me"'));
    expect(() => new OfflineSync({ client, profileId: PROFILE, deviceId: DEVICE, store, batchSize: 101 })).toThrow(
      new TypeError('options.batchSize must be an integer in [1, 100], got 101'),
    );
  });
});

describe('OfflineSync.flush', () => {
  it('replays the queue in HLC order, in batches, and removes what was acknowledged', async () => {
    const stored: QueuedOperation[] = [5, 1, 4, 2, 3].map((n) => ({ kind: 'PREFERENCE', key: 'theme', value: `v${n}`, hlc: hlc(NOW - 10_000 + n) }));
    const { sync, client, store } = setup({ stored, batchSize: 2 });
    const result = await sync.flush();
    expect(client.batches.map((batch) => batch.map((op) => op.value))).toEqual([['v1', 'v2'], ['v3', 'v4'], ['v5']]);
    expect(result).toEqual({ sent: 5, applied: 5, duplicates: 0, ignored: 0, batches: 3, rejected: [], remaining: 0 });
    expect([sync.pending(), await store.load()]).toEqual([0, []]);
  });

  it('sends nothing when nothing is queued', async () => {
    const { sync, client } = setup();
    expect(await sync.flush()).toMatchObject({ sent: 0, batches: 0 });
    expect(client.batches).toEqual([]);
  });

  it('keeps the unacknowledged operations queued when the network fails, and resends them next time', async () => {
    const { sync, client, store } = setup({ batchSize: 2 });
    for (let n = 1; n <= 3; n++) await sync.addToWatchlist(T(n));
    client.nextApply.push('network-before');
    expect((await failure(sync.flush())).code).toBe('NETWORK');
    expect([sync.pending(), (await store.load()).length]).toEqual([3, 3]);

    client.nextApply.push(undefined as never, 'network-before');
    await failure(sync.flush());
    expect(sync.queued().map((op) => op.titleId)).toEqual([T(3)]);

    expect(await sync.flush()).toMatchObject({ sent: 1, applied: 1, duplicates: 0 });
    expect([...client.applied.values()].map((op) => op.titleId)).toEqual([T(1), T(2), T(3)]);
  });

  it('is safe to replay when the answer was lost after the server applied the batch: the resend counts as duplicates', async () => {
    const { sync, client } = setup();
    await sync.addToWatchlist(T(1));
    await sync.reportProgress(T(1), 60, 600);
    client.nextApply.push('network-after');
    await failure(sync.flush());
    expect(sync.pending()).toBe(2);
    expect(await sync.flush()).toMatchObject({ sent: 2, applied: 0, duplicates: 2 });
    expect(client.batches[1]).toEqual(client.batches[0]);
    expect(client.applied.size).toBe(2);
  });

  it('drops only the operations a BAD_USER_INPUT answer names, reports them, and sends the rest', async () => {
    const { sync, client } = setup();
    client.handlers.set('Library', () => library());
    for (let n = 1; n <= 3; n++) await sync.addToWatchlist(T(n));
    const problem = `operations[1]: hlc: timestamp is 90000 ms ahead of this clock, more than the 60000 ms allowed`;
    client.nextApply.push({ badInput: [problem] });
    const reported: RejectedOperations[] = [];
    sync.on('rejected', (rejection) => reported.push(rejection));

    const result = await sync.flush();
    expect(result.rejected.map((r) => [r.operations.map((op) => op.titleId), r.problems])).toEqual([[[T(2)], [problem]]]);
    expect(reported).toEqual(result.rejected);
    expect(client.batches.map((batch) => batch.map((op) => op.titleId))).toEqual([
      [T(1), T(2), T(3)],
      [T(1), T(3)],
    ]);
    expect([result.sent, sync.pending()]).toEqual([2, 0]);
  });

  it('drops the whole batch when the problems name no operation, and never loops', async () => {
    const { sync, client } = setup();
    client.handlers.set('Library', () => library());
    await sync.addToWatchlist(T(1));
    client.nextApply.push({ badInput: ['operations must hold 1 to 100 operations, got 0'] });
    const result = await sync.flush();
    expect([result.rejected[0]?.operations.length, client.batches.length, sync.pending()]).toEqual([1, 1, 0]);
  });

  it('lets concurrent callers share one flush', async () => {
    const { sync, client } = setup();
    await sync.addToWatchlist(T(1));
    const [a, b] = await Promise.all([sync.flush(), sync.flush()]);
    expect(a).toBe(b);
    expect(client.batches).toHaveLength(1);
  });
});

describe('OfflineSync: merging with the server', () => {
  it('removes a title with every add tag the replica has seen, and an add it had not seen survives (add-wins)', async () => {
    const { sync, client, wall } = setup();
    const seen = hlc(NOW - 5000, OTHER);
    client.handlers.set('Library', () =>
      library({ watchlist: [{ title: { id: T(1), name: 'Alien' }, priority: 3, reason: null, addedAt: '', hlc: seen, tags: [seen] }] }),
    );
    await sync.load();
    expect(sync.watchlist().map((e) => [e.titleId, e.title?.name, e.priority])).toEqual([[T(1), 'Alien', 3]]);
    const mine = await sync.addToWatchlist(T(1), { priority: 9 });
    wall.now += 1;
    const remove = await sync.removeFromWatchlist(T(1));
    expect(remove).toMatchObject({ kind: 'WATCHLIST_REMOVE', titleId: T(1), tags: [seen, mine.hlc] });
    expect(sync.watchlist()).toEqual([]);

    // Meanwhile the TV added it again; the phone never saw that tag, so the title stays.
    const concurrent = hlc(NOW - 1000, OTHER);
    client.handlers.set('SyncSince', () => ({
      syncSince: { cursor: 'cursor-1', hasMore: false, fullStateRequired: false, operations: [{ kind: 'WATCHLIST_ADD', hlc: concurrent, deviceId: OTHER, title: { id: T(1), name: 'Alien' }, priority: 1, reason: null }] },
    }));
    expect(await sync.pull()).toBe(1);
    expect(sync.watchlist().map((e) => [e.titleId, e.priority, e.tags])).toEqual([[T(1), 1, [concurrent]]]);
  });

  it('queues nothing to remove a title it never saw added', async () => {
    const { sync } = setup();
    expect(await sync.removeFromWatchlist(T(7))).toBeUndefined();
    expect(sync.pending()).toBe(0);
  });

  it('loads the library under the queued operations, so they still show', async () => {
    const { sync, client } = setup();
    await sync.addToWatchlist(T(2), { priority: 1 });
    client.handlers.set('Library', () =>
      library({
        watchlist: [{ title: { id: T(1), name: 'Alien' }, priority: 0, reason: null, hlc: hlc(NOW - 9000, OTHER), tags: [hlc(NOW - 9000, OTHER)] }],
        progress: [{ title: { id: T(1), name: 'Alien' }, positionSeconds: 30, durationSeconds: 100, completed: false, percent: 30, deviceId: OTHER, hlc: hlc(NOW - 8000, OTHER) }],
        preferences: [{ key: 'theme', value: 'dark', deviceId: OTHER, hlc: hlc(NOW - 7000, OTHER) }],
      }),
    );
    await sync.load();
    expect(sync.watchlist().map((e) => e.titleId)).toEqual([T(2), T(1)]);
    expect(sync.progress(T(1))).toMatchObject({ positionSeconds: 30, deviceId: OTHER });
    expect(sync.preferences()).toEqual({ theme: 'dark' });
  });

  it('pulls page by page, and reloads when the cursor is too old', async () => {
    const { sync, client } = setup();
    let loads = 0;
    client.handlers.set('Library', () => {
      loads += 1;
      return library({ cursor: `cursor-load-${loads}` });
    });
    const pages = [
      { cursor: 'c1', hasMore: true, fullStateRequired: false, operations: [{ kind: 'PREFERENCE', hlc: hlc(NOW - 3000, OTHER), deviceId: OTHER, key: 'theme', value: 'dark' }] },
      { cursor: 'c2', hasMore: false, fullStateRequired: false, operations: [{ kind: 'PREFERENCE', hlc: hlc(NOW - 2000, OTHER), deviceId: OTHER, key: 'theme', value: 'light' }] },
      { cursor: 'c2', hasMore: false, fullStateRequired: true, operations: [] },
    ];
    const cursors: unknown[] = [];
    client.handlers.set('SyncSince', (variables) => {
      cursors.push(variables.cursor);
      return { syncSince: pages.shift() };
    });
    expect(await sync.pull()).toBe(0);
    expect(await sync.pull()).toBe(2);
    expect(sync.preferences()).toEqual({ theme: 'light' });
    await sync.pull();
    expect([cursors, loads]).toEqual([['cursor-load-1', 'c1', 'c2'], 2]);
  });

  it('moves the device clock past what it merges, so its next write wins over what it saw', async () => {
    const { sync, client } = setup();
    const ahead = hlc(NOW + 30_000, OTHER);
    client.handlers.set('Library', () => library({ preferences: [{ key: 'theme', value: 'dark', deviceId: OTHER, hlc: ahead }] }));
    await sync.load();
    const mine = await sync.setPreference('theme', 'light');
    // Receiving the TV's stamp took its time and counter + 1; the write ticks once more.
    expect(mine.hlc).toBe(hlc(NOW + 30_000, DEVICE, 2));
    expect(sync.preferences()).toEqual({ theme: 'light' });
  });

  it('merges live LibraryChanged events into the replica', async () => {
    const { sync, client } = setup();
    const changes: string[] = [];
    sync.on('change', ({ source }) => changes.push(source));
    const stop = sync.live();
    client.sinks[0]!.next({
      libraryChanged: {
        profileId: PROFILE,
        cursor: 'c9',
        present: true,
        operation: { kind: 'WATCHLIST_ADD', hlc: hlc(NOW - 100, OTHER), deviceId: OTHER, title: { id: T(4), name: 'Heat' }, priority: 2, reason: 'tv' },
        watchlistEntry: { title: { id: T(4), name: 'Heat', releaseYear: 1995 }, priority: 2, reason: 'tv', hlc: hlc(NOW - 100, OTHER), tags: [hlc(NOW - 100, OTHER)] },
        progress: null,
      },
    });
    expect(sync.watchlist().map((e) => [e.titleId, e.title?.releaseYear, e.reason])).toEqual([[T(4), 1995, 'tv']]);
    expect(changes).toEqual(['server']);
    stop();
    expect(client.sinks).toHaveLength(0);
  });
});
