import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchLog, type SearchLogLogger } from '../../src/analytics/SearchLog.js';
import type { SearchLogEntry } from '../../src/analytics/SearchLogEntry.js';
import { searchLogEntry } from './searchLogEntries.js';

/** A store that keeps every batch; `hold()` makes writes wait for `release()`, `failing` makes them reject. */
class FakeStore {
  readonly batches: SearchLogEntry[][] = [];
  failing = false;
  inFlight = 0;
  maxInFlight = 0;
  private gate: Promise<void> | undefined;
  private open: (() => void) | undefined;

  async record(entries: readonly SearchLogEntry[]): Promise<void> {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await this.gate;
      if (this.failing) throw new Error('database is down');
      this.batches.push([...entries]);
    } finally {
      this.inFlight -= 1;
    }
  }

  hold(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.gate = undefined;
    this.open?.();
  }

  /** The `latencyMs` of every entry written, in order: the tests number entries through it. */
  written(): number[] {
    return this.batches.flat().map((e) => e.latencyMs);
  }
}

function fakeLogger() {
  return { warn: vi.fn<SearchLogLogger['warn']>() };
}

function logMany(log: SearchLog, from: number, count: number): void {
  for (let i = from; i < from + count; i += 1) log.log(searchLogEntry({ latencyMs: i }));
}

let store: FakeStore;
let log: SearchLog | undefined;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-02T10:00:00.000Z') });
  store = new FakeStore();
});

afterEach(async () => {
  store.release();
  await log?.close();
  log = undefined;
  vi.useRealTimers();
});

describe('SearchLog', () => {
  it('writes a batch as soon as 100 entries are buffered, not before', async () => {
    log = new SearchLog({ store });
    logMany(log, 0, 99);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.batches).toEqual([]);

    logMany(log, 99, 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.batches.map((b) => b.length)).toEqual([100]);
    expect(store.written()).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(log.stats()).toEqual({ buffered: 0, recorded: 100, dropped: { overflow: 0, failed: 0, invalid: 0, closed: 0 } });
  });

  it('writes whatever is buffered every 2 seconds', async () => {
    log = new SearchLog({ store });
    logMany(log, 0, 3);
    await vi.advanceTimersByTimeAsync(1999);
    expect(store.batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.written()).toEqual([0, 1, 2]);

    logMany(log, 3, 1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.batches.map((b) => b.length)).toEqual([3, 1]);
  });

  it('runs one write at a time, and log() goes on queueing meanwhile', async () => {
    log = new SearchLog({ store });
    store.hold();
    logMany(log, 0, 100);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.inFlight).toBe(1);

    logMany(log, 100, 250);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.inFlight).toBe(1);
    expect(log.stats().buffered).toBe(250);

    store.release();
    await log.flush();
    expect(store.maxInFlight).toBe(1);
    expect(store.written()).toEqual(Array.from({ length: 350 }, (_, i) => i));
    expect(log.stats()).toMatchObject({ buffered: 0, recorded: 350 });
  });

  it('drops a batch the store refuses, without retrying it, and warns at most once a minute', async () => {
    const logger = fakeLogger();
    log = new SearchLog({ store, logger });
    store.failing = true;

    logMany(log, 0, 100);
    await vi.advanceTimersByTimeAsync(0);
    logMany(log, 100, 100);
    await vi.advanceTimersByTimeAsync(0);
    expect(log.stats()).toMatchObject({ buffered: 0, recorded: 0, dropped: { failed: 200 } });
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'failed', entries: 100, err: new Error('database is down') }),
      'search analytics could not write a batch; dropped it (further failures counted, warned once a minute)',
    );

    await vi.advanceTimersByTimeAsync(60_000);
    logMany(log, 200, 100);
    await vi.advanceTimersByTimeAsync(0);
    expect(logger.warn).toHaveBeenCalledTimes(2);
    expect(logger.warn.mock.calls[1]?.[0]).toMatchObject({ dropped: { failed: 300 } });

    store.failing = false;
    logMany(log, 300, 100);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.written()).toEqual(Array.from({ length: 100 }, (_, i) => 300 + i));
  });

  it('holds at most 10,000 entries while the store is stuck, dropping and counting the oldest', async () => {
    const logger = fakeLogger();
    log = new SearchLog({ store, logger });
    store.hold();
    logMany(log, 0, 100);
    await vi.advanceTimersByTimeAsync(0);

    logMany(log, 100, 10_050);
    expect(log.stats()).toMatchObject({ buffered: 10_000, dropped: { overflow: 50 } });
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'overflow', maxBuffered: 10_000 }),
      'search analytics buffer is full; dropping the oldest entries (further drops counted, warned once a minute)',
    );

    store.release();
    await log.flush();
    const written = store.written();
    // The batch in flight, then the newest 10,000: entries 100–149 were pushed out.
    expect(written.slice(0, 101)).toEqual([...Array.from({ length: 100 }, (_, i) => i), 150]);
    expect(written).toHaveLength(10_100);
    expect(written.at(-1)).toBe(10_149);
    expect(Math.max(...store.batches.map((b) => b.length))).toBe(1000);
  });

  it('flush() writes what is buffered now, close() flushes and stops the timer', async () => {
    log = new SearchLog({ store });
    logMany(log, 0, 5);
    await log.flush();
    expect(store.written()).toEqual([0, 1, 2, 3, 4]);
    await log.flush();
    expect(store.batches).toHaveLength(1);

    logMany(log, 5, 2);
    expect(vi.getTimerCount()).toBe(1);
    await log.close();
    expect(store.written()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(vi.getTimerCount()).toBe(0);

    logMany(log, 7, 200);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.batches).toHaveLength(2);
    expect(log.stats()).toMatchObject({ buffered: 0, recorded: 7, dropped: { closed: 200 } });
    await log.close();
  });

  it('refuses an entry whose query was not anonymised, without logging the query', async () => {
    const logger = fakeLogger();
    log = new SearchLog({ store, logger });
    log.log(searchLogEntry({ query: 'Films for Jane@Example.com' }));
    log.log(searchLogEntry({ latencyMs: Number.NaN }));
    log.log(null as unknown as SearchLogEntry);
    await log.flush();

    expect(store.batches).toEqual([]);
    expect(log.stats().dropped.invalid).toBe(3);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      { problem: '`query` must be anonymised with anonymizeQuery', kind: 'invalid', entries: 1, dropped: expect.objectContaining({ invalid: 1 }) },
      'search analytics refused an entry (further refusals counted, warned once a minute)',
    );
    expect(JSON.stringify(logger.warn.mock.calls)).not.toMatch(/jane/i);
  });

  it('keeps a copy: the caller may change its object afterwards, and extra fields never reach the store', async () => {
    log = new SearchLog({ store });
    const entry = { ...searchLogEntry(), userId: 'u-1' };
    log.log(entry);
    entry.query = 'changed';
    entry.at.setUTCFullYear(2000);
    await log.flush();
    expect(store.batches).toEqual([[searchLogEntry()]]);
  });

  it('refuses bad options with the option named', () => {
    expect(() => new SearchLog({ store, flushAt: 0 })).toThrow(
      new TypeError('SearchLog: `flushAt` must be an integer from 1 to maxBuffered (10000), got 0'),
    );
    expect(() => new SearchLog({ store, maxBuffered: 1.5 })).toThrow(new TypeError('SearchLog: `maxBuffered` must be a positive integer, got 1.5'));
    expect(() => new SearchLog({ store, flushIntervalMs: 0 })).toThrow(new TypeError('SearchLog: `flushIntervalMs` must be at least 10, got 0'));
    expect(() => new SearchLog({ store: {} as FakeStore })).toThrow(new TypeError('SearchLog: `store` must have a `record` method'));
  });
});

describe('SearchLog timer', () => {
  it('does not keep the process alive', async () => {
    vi.useRealTimers();
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    try {
      log = new SearchLog({ store });
      const timer = setIntervalSpy.mock.results[0]?.value as NodeJS.Timeout;
      expect(timer.hasRef()).toBe(false);
    } finally {
      setIntervalSpy.mockRestore();
    }
  });
});
