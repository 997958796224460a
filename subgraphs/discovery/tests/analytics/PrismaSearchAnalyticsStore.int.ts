import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { anonymizeQuery } from '../../src/analytics/anonymizeQuery.js';
import { PrismaSearchAnalyticsStore } from '../../src/analytics/PrismaSearchAnalyticsStore.js';
import type { SearchLogEntry } from '../../src/analytics/SearchLogEntry.js';
import { searchLogEntry } from './searchLogEntries.js';

let database: TestDatabase;
let db: DbClient;
let store: PrismaSearchAnalyticsStore;

const SINCE = new Date('2026-12-01T00:00:00.000Z');
const minutesAfter = (minutes: number) => new Date(SINCE.getTime() + minutes * 60_000);

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  store = new PrismaSearchAnalyticsStore(db.prisma);
});

afterAll(async () => {
  await db?.dispose();
  await database?.dispose();
});

beforeEach(async () => {
  await db.pool.query('TRUNCATE discovery.search_log');
});

async function rowCount(): Promise<number> {
  const { rows } = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM discovery.search_log');
  return rows[0]?.n ?? -1;
}

/** `count` searches for `query`, each found `resultCount` titles. */
function searches(query: string, count: number, resultCount = 5, at = minutesAfter(10)): SearchLogEntry[] {
  return Array.from({ length: count }, () => searchLogEntry({ query, resultCount, at }));
}

describe('PrismaSearchAnalyticsStore', () => {
  it('stores exactly the entry fields, one row per entry', async () => {
    const entry = searchLogEntry({ query: 'films with <email>', strategy: 'KEYWORD', region: 'DE', resultCount: 0, latencyMs: 12.345, cached: true, at: new Date('2026-12-02T10:11:12.345Z') });
    await store.record([entry]);
    const { rows } = await db.pool.query('SELECT query, strategy, region, result_count, latency_ms, cached, at FROM discovery.search_log');
    expect(rows).toEqual([
      { query: 'films with <email>', strategy: 'KEYWORD', region: 'DE', result_count: 0, latency_ms: 12.345, cached: true, at: new Date('2026-12-02T10:11:12.345Z') },
    ]);
    const { rows: columns } = await db.pool.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'discovery' AND table_name = 'search_log' ORDER BY ordinal_position`,
    );
    // Nothing that could name who searched.
    expect(columns.map((c) => c.column_name)).toEqual(['id', 'query', 'strategy', 'region', 'result_count', 'latency_ms', 'cached', 'at']);
  });

  it('writes a batch in one statement', async () => {
    const batch = Array.from({ length: 500 }, (_, i) => searchLogEntry({ latencyMs: i }));
    const before = db.queryCount();
    await store.record(batch);
    expect(db.queryCount() - before).toBe(1);

    const beforeEmpty = db.queryCount();
    await store.record([]);
    expect(db.queryCount() - beforeEmpty).toBe(0);
    expect(await rowCount()).toBe(500);
  });

  it('refuses a batch holding a raw query or a bad value, and writes none of it', async () => {
    await expect(store.record([searchLogEntry(), searchLogEntry({ query: 'Call 555-123-4567' })])).rejects.toThrow(
      new TypeError('PrismaSearchAnalyticsStore: entries[1]: `query` must be anonymised with anonymizeQuery'),
    );
    await expect(store.record([searchLogEntry({ resultCount: -1 })])).rejects.toThrow(
      new TypeError('PrismaSearchAnalyticsStore: entries[0]: `resultCount` must be a non-negative integer, got -1'),
    );
    await expect(store.record([searchLogEntry({ at: new Date(Number.NaN) })])).rejects.toThrow(
      new TypeError('PrismaSearchAnalyticsStore: entries[0]: `at` must be a valid Date'),
    );
    expect(await rowCount()).toBe(0);
    // What anonymizeQuery makes of the same text is accepted.
    await store.record([searchLogEntry({ query: anonymizeQuery('Call 555-123-4567') })]);
    expect(await rowCount()).toBe(1);
  });

  it('summarises searches, zero-result searches and the popular and zero-result queries', async () => {
    await store.record([
      ...searches('the dark knight', 4),
      ...searches('amelie', 3),
      ...searches('zzzz', 3, 0),
      ...searches('spirited away', 2),
      ...searches('qwxz', 1, 0),
      ...searches('the dark knight', 1, 0),
      // The trending page: a search, not a query anyone typed.
      ...searches('', 6),
      ...searches('', 1, 0),
      // Before the window.
      ...searches('old news', 9, 0, minutesAfter(-1)),
    ]);

    const summary = await store.summary({ since: SINCE, limit: 10 });

    expect(summary).toEqual({
      since: SINCE,
      searches: 21,
      zeroResultSearches: 6,
      zeroResultRate: 6 / 21,
      latency: { p50: 25, p95: 25, p99: 25 },
      popularQueries: [
        { query: 'the dark knight', count: 5 },
        { query: 'amelie', count: 3 },
        { query: 'zzzz', count: 3 },
        { query: 'spirited away', count: 2 },
        { query: 'qwxz', count: 1 },
      ],
      zeroResultQueries: [
        { query: 'zzzz', count: 3 },
        { query: 'qwxz', count: 1 },
        { query: 'the dark knight', count: 1 },
      ],
    });
  });

  it('counts from `since` inclusive and cuts each list at `limit`, ties by query in code point order', async () => {
    await store.record([
      ...searches('é', 2, 0, SINCE),
      ...searches('b', 2, 0),
      ...searches('a', 2, 0),
      ...searches('z', 2, 0),
      ...searches('earlier', 5, 0, minutesAfter(-0.001)),
    ]);

    const summary = await store.summary({ since: SINCE, limit: 3 });

    expect(summary.searches).toBe(8);
    expect(summary.popularQueries).toEqual([
      { query: 'a', count: 2 },
      { query: 'b', count: 2 },
      { query: 'z', count: 2 },
    ]);
    expect(summary.zeroResultQueries.map((q) => q.query)).toEqual(['a', 'b', 'z']);
    expect((await store.summary({ since: SINCE, limit: 4 })).popularQueries.at(-1)).toEqual({ query: 'é', count: 2 });
  });

  it('answers latency percentiles computed by Postgres (continuous, interpolated)', async () => {
    await store.record(Array.from({ length: 100 }, (_, i) => searchLogEntry({ latencyMs: i + 1, at: minutesAfter(i) })));

    const { latency } = await store.summary({ since: SINCE, limit: 1 });

    expect(latency.p50).toBeCloseTo(50.5, 9);
    expect(latency.p95).toBeCloseTo(95.05, 9);
    expect(latency.p99).toBeCloseTo(99.01, 9);
  });

  it('answers zeros and empty lists when nothing was searched', async () => {
    await store.record(searches('old', 3, 0, minutesAfter(-60)));
    expect(await store.summary({ since: SINCE, limit: 10 })).toEqual({
      since: SINCE,
      searches: 0,
      zeroResultSearches: 0,
      zeroResultRate: 0,
      latency: { p50: 0, p95: 0, p99: 0 },
      popularQueries: [],
      zeroResultQueries: [],
    });
  });

  it('purges the entries before the cutoff and says how many', async () => {
    await store.record([...searches('old', 3, 5, minutesAfter(-1)), ...searches('new', 2, 5, SINCE)]);

    expect(await store.purgeOlderThan(SINCE)).toBe(3);
    expect(await store.purgeOlderThan(SINCE)).toBe(0);

    const summary = await store.summary({ since: new Date(0), limit: 10 });
    expect(summary.popularQueries).toEqual([{ query: 'new', count: 2 }]);
  });

  it('refuses bad summary and purge arguments with the argument named', async () => {
    await expect(store.summary({ since: SINCE, limit: 0 })).rejects.toThrow(
      new TypeError('PrismaSearchAnalyticsStore: `limit` must be an integer from 1 to 1000, got 0'),
    );
    await expect(store.summary({ since: new Date('nope'), limit: 5 })).rejects.toThrow(
      new TypeError('PrismaSearchAnalyticsStore: `since` must be a valid Date, got Invalid Date'),
    );
    await expect(store.purgeOlderThan('2026-01-01' as unknown as Date)).rejects.toThrow(
      new TypeError('PrismaSearchAnalyticsStore: `cutoff` must be a valid Date, got 2026-01-01'),
    );
  });
});
