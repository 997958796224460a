import { BoundedQueue } from './BoundedQueue.js';
import type { SearchAnalyticsStore } from './SearchAnalyticsStore.js';
import type { SearchLogEntry } from './SearchLogEntry.js';
import { searchLogEntryProblem } from './searchLogEntryProblem.js';

/** The slice of a logger the search log uses; a pino `Logger` fits as is. */
export interface SearchLogLogger {
  warn(obj: object, msg?: string): void;
}

export interface SearchLogOptions {
  store: Pick<SearchAnalyticsStore, 'record'>;
  /** Told when entries are lost, at most once a minute for each kind of loss. */
  logger?: SearchLogLogger;
  /**
   * Buffered entries that start a flush without waiting for the timer.
   * @default 100
   */
  flushAt?: number;
  /**
   * How often whatever is buffered is flushed.
   * @default 2000
   */
  flushIntervalMs?: number;
  /**
   * Most entries held while the store is slow or down; beyond it the oldest are dropped.
   * @default 10000
   */
  maxBuffered?: number;
}

/** What happened to the entries logged so far. */
export interface SearchLogStats {
  buffered: number;
  /** Entries the store accepted. */
  recorded: number;
  dropped: {
    /** The oldest entries, pushed out of a full buffer. */
    overflow: number;
    /** Entries of batches the store failed to write. */
    failed: number;
    /** Entries refused by `log` (see `searchLogEntryProblem`), a raw query among them. */
    invalid: number;
    /** Entries logged after `close`. */
    closed: number;
  };
}

type DropKind = keyof SearchLogStats['dropped'];

/** Entries per `record` call: a flush after an outage writes the backlog in statements of bounded size. */
const WRITE_BATCH = 1000;
const WARN_INTERVAL_MS = 60_000;

/**
 * A buffer in front of a {@link SearchAnalyticsStore}, so that a search never waits on analytics and never fails
 * because of them: `log` only checks and queues the entry; batches are written in the background when `flushAt`
 * entries are waiting or every `flushIntervalMs`, one write at a time.
 *
 * Analytics may lose entries, searches may not stall: a batch the store refuses is dropped (not retried, which
 * would grow the backlog while the database is down), the buffer never holds more than `maxBuffered` entries, and
 * every loss is counted in {@link stats} and warned about at most once a minute for each kind.
 */
export class SearchLog {
  private readonly store: Pick<SearchAnalyticsStore, 'record'>;
  private readonly logger: SearchLogLogger | undefined;
  private readonly flushAt: number;
  private readonly queue: BoundedQueue<SearchLogEntry>;
  private readonly timer: ReturnType<typeof setInterval>;
  private draining: Promise<void> | undefined;
  private closed = false;
  private recorded = 0;
  private readonly dropped: SearchLogStats['dropped'] = { overflow: 0, failed: 0, invalid: 0, closed: 0 };
  private readonly lastWarnedAt = new Map<DropKind, number>();

  constructor(options: SearchLogOptions) {
    if (typeof options?.store?.record !== 'function') throw new TypeError('SearchLog: `store` must have a `record` method');
    const maxBuffered = options.maxBuffered ?? 10_000;
    const flushAt = options.flushAt ?? 100;
    const flushIntervalMs = options.flushIntervalMs ?? 2000;
    if (!Number.isInteger(maxBuffered) || maxBuffered < 1) {
      throw new TypeError(`SearchLog: \`maxBuffered\` must be a positive integer, got ${maxBuffered}`);
    }
    if (!Number.isInteger(flushAt) || flushAt < 1 || flushAt > maxBuffered) {
      throw new TypeError(`SearchLog: \`flushAt\` must be an integer from 1 to maxBuffered (${maxBuffered}), got ${flushAt}`);
    }
    if (!Number.isFinite(flushIntervalMs) || flushIntervalMs < 10) {
      throw new TypeError(`SearchLog: \`flushIntervalMs\` must be at least 10, got ${flushIntervalMs}`);
    }
    this.store = options.store;
    this.logger = options.logger;
    this.flushAt = flushAt;
    this.queue = new BoundedQueue(maxBuffered);
    this.timer = setInterval(() => {
      if (!this.draining && this.queue.size > 0) void this.drain(true);
    }, flushIntervalMs);
    // Analytics must not keep a process alive that has nothing else to do.
    this.timer.unref?.();
  }

  /** Queues one search for the store. Never throws and never waits. */
  log(entry: SearchLogEntry): void {
    if (this.closed) {
      this.drop('closed', 1);
      return;
    }
    const problem = searchLogEntryProblem(entry);
    if (problem) {
      this.drop('invalid', 1, { problem });
      return;
    }
    // A copy: the caller may reuse its object, and nothing beyond these fields should reach the store.
    const copy: SearchLogEntry = {
      query: entry.query,
      strategy: entry.strategy,
      region: entry.region,
      resultCount: entry.resultCount,
      latencyMs: entry.latencyMs,
      cached: entry.cached,
      at: new Date(entry.at.getTime()),
    };
    if (this.queue.push(copy)) this.drop('overflow', 1, { maxBuffered: this.queue.capacity });
    if (this.queue.size >= this.flushAt && !this.draining) void this.drain(false);
  }

  /** Writes everything buffered (after a write in progress). Never rejects: failures are counted as drops. */
  async flush(): Promise<void> {
    while (this.draining || this.queue.size > 0) await (this.draining ?? this.drain(true));
  }

  /** Stops the timer and flushes; later entries are dropped. Safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.flush();
  }

  stats(): SearchLogStats {
    return { buffered: this.queue.size, recorded: this.recorded, dropped: { ...this.dropped } };
  }

  /** Starts the one background write: all that is buffered, or (`all` false) full batches only. */
  private drain(all: boolean): Promise<void> {
    this.draining = this.write(all).finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private async write(all: boolean): Promise<void> {
    while (all ? this.queue.size > 0 : this.queue.size >= this.flushAt) {
      const batch = this.queue.take(WRITE_BATCH);
      try {
        await this.store.record(batch);
        this.recorded += batch.length;
      } catch (error) {
        this.drop('failed', batch.length, { err: error });
      }
    }
  }

  private drop(kind: DropKind, count: number, detail: object = {}): void {
    this.dropped[kind] += count;
    if (!this.logger) return;
    const now = Date.now();
    const last = this.lastWarnedAt.get(kind);
    if (last !== undefined && now - last < WARN_INTERVAL_MS) return;
    this.lastWarnedAt.set(kind, now);
    this.logger.warn({ ...detail, kind, entries: count, dropped: { ...this.dropped } }, WARNINGS[kind]);
  }
}

const WARNINGS: Record<DropKind, string> = {
  overflow: 'search analytics buffer is full; dropping the oldest entries (further drops counted, warned once a minute)',
  failed: 'search analytics could not write a batch; dropped it (further failures counted, warned once a minute)',
  invalid: 'search analytics refused an entry (further refusals counted, warned once a minute)',
  closed: 'search analytics entry logged after close; dropped (further drops counted, warned once a minute)',
};
