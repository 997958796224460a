import type { PrismaClient } from '@media-gateway/db';
import type { EventBus } from '../EventBus.js';
import type { EventsLogger } from '../EventsLogger.js';
import { backoffDelay } from '../lib/backoffDelay.js';
import { onOutboxAppended } from '../lib/outboxSignal.js';
import { OUTBOX_COLUMNS, outboxRowToEvent, type OutboxRow } from '../lib/outboxRow.js';
import { outboxTable } from '../lib/outboxTable.js';
import { sleep } from '../lib/sleep.js';

export interface OutboxRelayOptions {
  prisma: PrismaClient;
  /** The producing subgraph's Postgres schema, holding `outbox_event`. */
  schema: string;
  bus: EventBus;
  /** `source` of the published envelopes. @default schema */
  source?: string;
  /** Rows published per transaction. @default 500 */
  batchSize?: number;
  /**
   * How often to look for unpublished rows. `null` polls only at `start()`, on `wake()`, and when this process
   * appends to the schema's outbox: right when every writer is in this process (embedded PGlite), where a poll
   * would only compete with requests for the one connection.
   * @default 200
   */
  pollIntervalMs?: number | null;
  logger?: EventsLogger;
}

/** Outcome of one batch: `contended` when another relay held the schema's publishing lock. */
export interface RelayBatchResult {
  published: number;
  contended: boolean;
}

// Two-key advisory locks live apart from single-key ones (the migrator's 72707369); the first key names "outbox".
const LOCK_CLASS = 7_070_901;
const WAKE_DELAY_MS = 5;
const MAX_ERROR_DELAY_MS = 30_000;
const CONTENDED_RETRY_MS = 1_000;

/**
 * Publishes `<schema>.outbox_event` rows to the bus, oldest first, and marks them `published_at`.
 *
 * Each batch is one transaction: take the schema's publishing lock, select unpublished rows in `sequence` order
 * `FOR UPDATE SKIP LOCKED`, publish them, mark them, commit. A crash (or a lost connection) after the publish and
 * before the commit leaves the rows unpublished, so they are published again: delivery is at least once and
 * consumers are idempotent (see `EventHandler`). Nothing is lost, since the rows only change after the bus accepted
 * them.
 *
 * Why a lock per schema on top of SKIP LOCKED: with two relays sharing batches, relay B could publish rows 501–1000
 * while relay A is still publishing 1–500, and an aggregate changed at 10 and at 600 would reach consumers out of
 * order. With the transaction-scoped advisory lock only one relay publishes a schema at a time (the other finds the
 * lock taken and tries again at its next poll), and a row is never published twice concurrently. Replicas stay
 * useful as hot standbys: the lock dies with a crashed relay's connection.
 */
export class OutboxRelay {
  private readonly prisma: PrismaClient;
  private readonly schema: string;
  private readonly table: string;
  private readonly bus: EventBus;
  private readonly source: string;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number | null;
  private readonly logger: EventsLogger | undefined;

  private started = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inPass = false;
  private wakePending = false;
  private failures = 0;
  private stopSignal: (() => void) | undefined;
  /** Passes and drains run one at a time in this relay, so a drain never races the poll loop. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(options: OutboxRelayOptions) {
    this.table = outboxTable(options.schema, 'OutboxRelay');
    this.prisma = options.prisma;
    this.schema = options.schema;
    this.bus = options.bus;
    this.source = options.source ?? options.schema;
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs === undefined ? 200 : options.pollIntervalMs;
    this.logger = options.logger;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1 || this.batchSize > 10_000) {
      throw new TypeError(`OutboxRelay: \`batchSize\` must be an integer from 1 to 10000, got ${this.batchSize}`);
    }
    if (this.pollIntervalMs !== null && (!Number.isFinite(this.pollIntervalMs) || this.pollIntervalMs < 10)) {
      throw new TypeError(`OutboxRelay: \`pollIntervalMs\` must be at least 10 or null, got ${this.pollIntervalMs}`);
    }
    if (typeof this.source !== 'string' || this.source === '') throw new TypeError('OutboxRelay: `source` must be a non-empty string');
  }

  /** Starts publishing in the background: at once, then every `pollIntervalMs` and on wake-ups. Idempotent. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.stopSignal = onOutboxAppended(this.schema, () => this.wake());
    this.schedule(0);
  }

  /** Stops the loop and waits for a batch in flight to finish. Safe to call twice. */
  async stop(): Promise<void> {
    this.started = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.stopSignal?.();
    this.stopSignal = undefined;
    await this.chain.catch(() => {});
  }

  /** Asks for a pass now instead of at the next poll (coalesced with other wake-ups). */
  wake(): void {
    if (!this.started) return;
    this.wakePending = true;
    if (!this.inPass) this.schedule(WAKE_DELAY_MS);
  }

  /** Publishes everything unpublished at the time of the call (waiting out another relay's batch); resolves with the count. */
  drain(): Promise<number> {
    return this.exclusive(async () => {
      let total = 0;
      for (;;) {
        const result = await this.publishBatch();
        total += result.published;
        if (result.contended) await sleep(20);
        else if (result.published === 0) return total;
      }
    });
  }

  /** One batch, as described on the class. Exposed for tests and tools; the loop and `drain()` call it. */
  async publishBatch(): Promise<RelayBatchResult> {
    // A cheap look outside a transaction first, so an idle relay costs one indexed SELECT per poll.
    const pending = await this.prisma.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM ${this.table} WHERE published_at IS NULL LIMIT 1`);
    if (pending.length === 0) return { published: 0, contended: false };
    return this.prisma.$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRawUnsafe<Array<{ locked: boolean }>>(
          'SELECT pg_try_advisory_xact_lock($1::int, hashtext($2)) AS locked',
          LOCK_CLASS,
          this.schema,
        );
        if (!lock?.locked) return { published: 0, contended: true };
        const rows = await tx.$queryRawUnsafe<OutboxRow[]>(
          `SELECT ${OUTBOX_COLUMNS} FROM ${this.table}
            WHERE published_at IS NULL ORDER BY sequence LIMIT $1 FOR UPDATE SKIP LOCKED`,
          this.batchSize,
        );
        if (rows.length === 0) return { published: 0, contended: false };
        await this.bus.publish(rows.map((row) => outboxRowToEvent(row, this.source)));
        await tx.$executeRawUnsafe(
          `UPDATE ${this.table} SET published_at = now() WHERE sequence = ANY($1::bigint[])`,
          rows.map((row) => String(row.sequence)),
        );
        return { published: rows.length, contended: false };
      },
      // Publishing to Kafka can take a while under load; the rows stay locked (not blocked for writers) meanwhile.
      { timeout: 120_000, maxWait: 60_000 },
    );
  }

  private schedule(delayMs: number): void {
    if (!this.started) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.pass(), delayMs);
  }

  private async pass(): Promise<void> {
    this.timer = undefined;
    this.inPass = true;
    this.wakePending = false;
    let next = this.pollIntervalMs;
    try {
      const contended = await this.exclusive(async () => {
        let result: RelayBatchResult;
        do result = await this.publishBatch();
        while (this.started && result.published === this.batchSize);
        return result.contended;
      });
      this.failures = 0;
      // Another relay holds the schema: come back even when not polling, in case it stops before finishing.
      if (contended) next ??= CONTENDED_RETRY_MS;
    } catch (error) {
      this.failures += 1;
      next = backoffDelay(this.failures, Math.max(this.pollIntervalMs ?? 200, 100), MAX_ERROR_DELAY_MS);
      this.logger?.error({ err: error, schema: this.schema, retryInMs: next }, 'outbox relay failed to publish; will retry');
    } finally {
      this.inPass = false;
    }
    if (this.wakePending && this.failures === 0) next = 0;
    if (next !== null) this.schedule(next);
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.catch(() => {}).then(work);
    this.chain = run;
    return run;
  }
}
