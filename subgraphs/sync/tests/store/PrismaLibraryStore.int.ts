import { randomUUID } from 'node:crypto';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyOperations,
  decodeSyncCursor,
  emptyLibraryState,
  MAX_WATCHLIST_ITEMS,
  PrismaLibraryStore,
  preferenceRecordOf,
  progressRecordOf,
  WatchlistFullError,
  watchlistEntries,
  type LibraryOperation,
} from '@media-gateway/sync';
import { deviceA, deviceB, hlcOf, profileId, titleId } from '../support/ids.js';
import { op } from '../support/operations.js';

const T0 = Date.parse('2026-12-03T12:00:00.000Z');

let database: TestDatabase;
let db: DbClient;
let store: PrismaLibraryStore;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  store = new PrismaLibraryStore(db.prisma);
});
afterAll(async () => {
  await db?.dispose();
  await database?.dispose();
});

const count = async (table: string, userId: string) => {
  const [row] = await db.prisma.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM sync.${table} WHERE ${table === 'outbox_event' ? "payload->>'userId'" : 'user_id::text'} = $1`, userId);
  return row?.n ?? 0;
};

describe('PrismaLibraryStore', () => {
  it('treats a re-sent batch as duplicates: no new log rows, state rows or events', async () => {
    const userId = randomUUID();
    const batch = [op.add(1, T0, deviceA, 3, 'recommended'), op.progress(2, T0 + 1, deviceA, 120), op.preference('theme', 'dark', T0 + 2, deviceA)];
    const first = await store.applyOperations({ userId, profileId, operations: batch });
    expect({ applied: first.applied, duplicates: first.duplicates, ignored: first.ignored }).toEqual({ applied: 3, duplicates: 0, ignored: 0 });
    expect(first.changes.map((c) => c.operation.kind)).toEqual(['WATCHLIST_ADD', 'PROGRESS', 'PREFERENCE']);
    const counts = [await count('operation', userId), await count('outbox_event', userId)];
    expect(counts).toEqual([3, 2]);

    const again = await store.applyOperations({ userId, profileId, operations: batch });
    expect({ applied: again.applied, duplicates: again.duplicates, ignored: again.ignored, changes: again.changes }).toEqual({ applied: 0, duplicates: 3, ignored: 0, changes: [] });
    expect([await count('operation', userId), await count('outbox_event', userId)]).toEqual(counts);
    expect(again.cursor).toBe(first.cursor);
    expect(again.watchlist.get(titleId(1))).toMatchObject({ priority: 3, reason: 'recommended' });
  });

  it('writes the outbox events of applied operations in the same transaction', async () => {
    const userId = randomUUID();
    await store.applyOperations({ userId, profileId, operations: [op.add(1, T0, deviceA, 2), op.progress(1, T0 + 5, deviceA, 990), op.remove(1, T0 + 10, deviceA, [hlcOf(T0, deviceA)])] });
    const events = await db.prisma.$queryRawUnsafe<Array<{ type: string; aggregate_id: string; payload: Record<string, unknown> }>>(
      `SELECT type, aggregate_id, payload FROM sync.outbox_event WHERE payload->>'userId' = $1 ORDER BY sequence`,
      userId,
    );
    expect(events.map((e) => [e.type, e.aggregate_id])).toEqual([
      ['sync.watchlist.changed', `${userId}:${profileId}`],
      ['sync.progress.updated', `${userId}:${profileId}`],
      ['sync.watchlist.changed', `${userId}:${profileId}`],
    ]);
    expect(events[0]?.payload).toEqual({ userId, profileId, titleId: titleId(1), present: true, priority: 2, reason: null, hlc: hlcOf(T0, deviceA) });
    expect(events[1]?.payload).toMatchObject({ positionSeconds: 990, durationSeconds: 1_000, completed: true, deviceId: deviceA, hlc: hlcOf(T0 + 5, deviceA), updatedAt: new Date(T0 + 5).toISOString() });
    expect(events[2]?.payload).toMatchObject({ present: false, priority: null, hlc: hlcOf(T0 + 10, deviceA) });
  });

  it('loses no update when many writers hit one library at once', async () => {
    const userId = randomUUID();
    // 24 writers: each adds its own title, reports progress on one shared title and sets one shared preference, with
    // timestamps a second apart from two devices. Run all at once, in an order unrelated to their timestamps.
    const writers = Array.from({ length: 24 }, (_, i) => {
      const node = i % 2 === 0 ? deviceA : deviceB;
      const physical = T0 + ((i * 7) % 24) * 1_000;
      return [op.add(100 + i, physical, node), op.progress(1, physical, node, (physical - T0) / 1_000), op.preference('theme', `theme-${physical}`, physical, node)];
    });
    const results = await Promise.all(writers.map((operations) => store.applyOperations({ userId, profileId, operations })));
    expect(results.reduce((n, r) => n + r.applied, 0)).toBeGreaterThanOrEqual(24);

    const library = await store.library(userId, profileId);
    expect(library.watchlist.map((e) => e.titleId).sort()).toEqual(Array.from({ length: 24 }, (_, i) => titleId(100 + i)).sort());
    const newest = T0 + 23 * 1_000;
    const newestWriter = writers.findIndex(([add]) => add!.hlc.physical === newest);
    expect(library.progress).toEqual([
      expect.objectContaining({ titleId: titleId(1), positionSeconds: 23, hlc: hlcOf(newest, newestWriter % 2 === 0 ? deviceA : deviceB) }),
    ]);
    expect(library.preferences).toEqual([expect.objectContaining({ key: 'theme', value: `theme-${newest}` })]);
    // Every change was logged once, and the log's order is a valid commit order: sequences strictly increase.
    const page = await store.operationsSince(userId, profileId, 0, 500);
    expect(page.operations.map((o) => decodeSyncCursor(o.cursor)!)).toEqual([...page.operations.map((o) => decodeSyncCursor(o.cursor)!)].sort((a, b) => a - b));
  });

  it('replays 100 queued operations in HLC order to the same state as another replica', async () => {
    const userId = randomUUID();
    const queue: LibraryOperation[] = [];
    for (let i = 0; i < 100; i++) {
      const node = i % 3 === 0 ? deviceB : deviceA;
      const physical = T0 + i * 1_100;
      const title = 1 + (i % 9);
      if (i % 6 === 5) queue.push(op.remove(title, physical, node, [hlcOf(T0 + (i - 3) * 1_100, (i - 3) % 3 === 0 ? deviceB : deviceA)]));
      else if (i % 6 === 4) queue.push(op.preference(i % 2 ? 'theme' : 'subtitleLanguage', `v${i}`, physical, node));
      else if (i % 6 === 3) queue.push(op.progress(title, physical, node, i * 5, 600));
      else queue.push(op.add(title, physical, node, i % 101, i % 4 ? null : `reason ${i}`));
    }
    // The other replica: the pure rules over the whole queue at once.
    const replica = applyOperations(emptyLibraryState(), queue, new Set()).state;
    // The server: the queue in batches of 50 (§9), newest batch first, then the whole queue again (a retry).
    await store.applyOperations({ userId, profileId, operations: queue.slice(50) });
    await store.applyOperations({ userId, profileId, operations: queue.slice(0, 50) });
    const retry = await store.applyOperations({ userId, profileId, operations: queue.slice(0, 100).reverse().slice(0, 100) });
    expect(retry.applied).toBe(0);

    const library = await store.library(userId, profileId);
    expect(library.watchlist).toEqual(watchlistEntries(replica.watchlist));
    expect(new Set(library.progress)).toEqual(new Set([...replica.progress].map(([title, register]) => progressRecordOf(title, register))));
    expect(library.preferences).toEqual([...replica.preferences].map(([key, register]) => preferenceRecordOf(key, register)).sort((a, b) => a.key.localeCompare(b.key)));
  });

  it('pages the log after a cursor, and asks for the full state without one or after retention pruned past it', async () => {
    const userId = randomUUID();
    const start = await store.library(userId, profileId);
    expect(decodeSyncCursor(start.cursor)).toBe(0);
    for (let i = 0; i < 7; i++) await store.applyOperations({ userId, profileId, operations: [op.add(i, T0 + i, deviceA)] });

    const none = await store.operationsSince(userId, profileId, null, 3);
    expect(none).toMatchObject({ operations: [], hasMore: false, fullStateRequired: true });
    expect(none.cursor).toBe((await store.library(userId, profileId)).cursor);

    const seen: string[] = [];
    let cursor = start.cursor;
    for (const expected of [true, true, false]) {
      const page = await store.operationsSince(userId, profileId, decodeSyncCursor(cursor), 3);
      expect(page.hasMore).toBe(expected);
      seen.push(...page.operations.map((o) => o.titleId!));
      cursor = page.cursor;
    }
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => titleId(i)));
    const caughtUp = await store.operationsSince(userId, profileId, decodeSyncCursor(cursor), 3);
    expect(caughtUp).toEqual({ operations: [], cursor, hasMore: false, fullStateRequired: false });

    // Retention: prune everything logged so far; a device at the head is fine, one behind must reload.
    expect(await store.pruneOperations(new Date(Date.now() + 60_000))).toBeGreaterThanOrEqual(7);
    expect(await store.operationsSince(userId, profileId, decodeSyncCursor(cursor), 3)).toMatchObject({ fullStateRequired: false, operations: [] });
    expect(await store.operationsSince(userId, profileId, decodeSyncCursor(start.cursor), 3)).toMatchObject({ fullStateRequired: true, cursor });
    // The library's cursor does not go back to 0 once its log is empty.
    expect((await store.library(userId, profileId)).cursor).toBe(cursor);
  });

  it('writes nothing when one operation of a batch fails', async () => {
    const userId = randomUUID();
    for (let start = 0; start < MAX_WATCHLIST_ITEMS; start += 100) {
      const operations = Array.from({ length: 100 }, (_, i) => op.add(start + i, T0 + start + i, deviceA));
      await store.applyOperations({ userId, profileId, operations });
    }
    const before = [await count('operation', userId), await count('outbox_event', userId), await count('progress', userId)];
    await expect(store.applyOperations({ userId, profileId, operations: [op.progress(1, T0 + 5_000, deviceA, 10), op.add(5_000, T0 + 6_000, deviceA)] })).rejects.toThrow(
      WatchlistFullError,
    );
    expect([await count('operation', userId), await count('outbox_event', userId), await count('progress', userId)]).toEqual(before);
  });

  it("keeps users apart: another user's profile id addresses the caller's own empty library", async () => {
    const alice = randomUUID();
    const bob = randomUUID();
    await store.applyOperations({ userId: alice, profileId, operations: [op.add(1, T0, deviceA)] });
    const bobs = await store.library(bob, profileId);
    expect(bobs.watchlist).toEqual([]);
    expect(await store.operationsSince(bob, profileId, 0, 10)).toMatchObject({ operations: [] });
  });

  it("records a consumer's position with the write, never moving it back", async () => {
    const userId = randomUUID();
    expect(await store.consumerOffset('test.group', 'playback')).toBeNull();
    await store.applyOperations({ userId, profileId, operations: [op.progress(1, T0, deviceA, 5)], consumed: { group: 'test.group', source: 'playback', sequence: 12 } });
    await store.applyOperations({ userId, profileId, operations: [op.progress(1, T0, deviceA, 5)], consumed: { group: 'test.group', source: 'playback', sequence: 7 } });
    expect(await store.consumerOffset('test.group', 'playback')).toBe(12);
  });
});
