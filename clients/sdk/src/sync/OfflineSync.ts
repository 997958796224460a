import { ClockDriftError, compareHlc, formatHlc, HybridClock, parseHlc } from '@media-gateway/crdt';
import { ApplySyncOperations, Library, LibraryChanged, SyncSince, type SyncSinceQuery } from '@media-gateway/schema/operations';
import type { MediaGatewayClient } from '../client/MediaGatewayClient.js';
import { MediaGatewayError } from '../errors.js';
import { Emitter } from '../lib/Emitter.js';
import { LibraryReplica, type LoggedOperation, type ReplicaProgress, type ReplicaWatchlistEntry } from './LibraryReplica.js';
import { isUuid, operationProblems } from './operationProblems.js';
import type { QueuedOperation, SyncQueueStore } from './SyncQueueStore.js';

/** §16 scenario 14: more queued operations than this and the app should ask the user (sync now, or discard). */
export const QUEUE_WARNING_THRESHOLD = 1000;
/** The server takes 1–100 operations per `applySyncOperations`. */
const MAX_BATCH = 100;
const PROBLEM_INDEX = /^operations\[(\d+)\]:/;

export interface OfflineSyncOptions {
  /** Only `request` and `subscribe` are used. */
  client: Pick<MediaGatewayClient, 'request' | 'subscribe'>;
  /** One of the signed-in user's profiles (`Viewer.me.profiles[].id`). */
  profileId: string;
  /** This device, as registered (`RegisterDevice`); the node of every timestamp it issues. */
  deviceId: string;
  store: SyncQueueStore;
  /** @default new HybridClock({ node: deviceId }) */
  clock?: HybridClock;
  /**
   * Operations per `ApplySyncOperations` call, 1–100.
   * @default 50 (§9 "batches of 50")
   */
  batchSize?: number;
}

/** Operations the server refused (BAD_USER_INPUT): dropped from the queue so the replay never loops on them. */
export interface RejectedOperations {
  operations: QueuedOperation[];
  problems: string[];
  error: MediaGatewayError;
}

export interface FlushResult {
  /** Operations acknowledged by the server in this flush. */
  sent: number;
  applied: number;
  duplicates: number;
  ignored: number;
  /** Calls made to `ApplySyncOperations`. */
  batches: number;
  rejected: RejectedOperations[];
  /** Still queued (added while the flush ran). */
  remaining: number;
}

export interface OfflineSyncEvents {
  /** The replica changed (a local operation, a pull, a live event, a reload). */
  change: { source: 'local' | 'server' };
  /** Operations dropped after the server refused them. */
  rejected: RejectedOperations;
  /** More than QUEUE_WARNING_THRESHOLD operations wait: prompt the user. Emitted once per crossing. */
  backlog: { pending: number };
  /** Live mode failed (the subscription ended with an error). */
  error: MediaGatewayError;
}

/**
 * A device's offline-first library (PRODUCT_SPEC §9): each change is stamped with the device's hybrid logical clock,
 * applied to the local replica at once, and queued in the `SyncQueueStore`. `flush()` replays the queue in HLC order,
 * in batches, through `ApplySyncOperations`; the server deduplicates by timestamp, so an operation whose
 * acknowledgement was lost is simply sent again. `load()`/`pull()` bring the other devices' changes in, and `live()`
 * follows them as they happen.
 *
 * @example
 * const sync = new OfflineSync({ client, profileId, deviceId, store: new MemorySyncQueueStore() });
 * await sync.load();
 * await sync.addToWatchlist(titleId, { priority: 10 });   // shown at once, even offline
 * await sync.flush();                                      // when back online
 */
export class OfflineSync {
  private readonly client: OfflineSyncOptions['client'];
  private readonly profileId: string;
  private readonly deviceId: string;
  private readonly store: SyncQueueStore;
  private readonly clock: HybridClock;
  private readonly batchSize: number;
  private readonly events = new Emitter<OfflineSyncEvents>();
  private queue: QueuedOperation[] = [];
  private started: Promise<void> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private flushing: Promise<FlushResult> | undefined;
  private backlogWarned = false;
  private cursor: string | undefined;
  private current = new LibraryReplica();

  constructor(options: OfflineSyncOptions) {
    if (!isUuid(options.profileId)) throw new TypeError(`options.profileId must be a profile's UUID, got ${JSON.stringify(options.profileId)}`);
    if (typeof options.deviceId !== 'string' || options.deviceId === '') throw new TypeError('options.deviceId must be the registered device id');
    const batchSize = options.batchSize ?? 50;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH) throw new TypeError(`options.batchSize must be an integer in [1, ${MAX_BATCH}], got ${batchSize}`);
    if (options.clock && options.clock.node !== options.deviceId) throw new TypeError(`options.clock.node must be the device id ${options.deviceId}, got ${options.clock.node}`);
    this.client = options.client;
    this.profileId = options.profileId;
    this.deviceId = options.deviceId;
    this.store = options.store;
    this.clock = options.clock ?? new HybridClock({ node: options.deviceId });
    this.batchSize = batchSize;
  }

  /** Reads the stored queue (once) and shows its operations in the replica. Every other method waits for it. */
  start(): Promise<void> {
    this.started ??= (async () => {
      const stored = await this.store.load();
      this.queue = [...stored];
      for (const op of stored) {
        this.observe(op.hlc);
        this.current.applyLocal(op);
      }
      this.warnOnBacklog();
    })();
    return this.started;
  }

  /** The library as this device sees it: the server's state plus the queued operations. */
  get replica(): LibraryReplica {
    return this.current;
  }

  on<E extends keyof OfflineSyncEvents>(event: E, listener: (payload: OfflineSyncEvents[E]) => void): () => void {
    return this.events.on(event, listener);
  }

  /** Operations waiting for the server. */
  pending(): number {
    return this.queue.length;
  }

  /** The queued operations in replay (HLC) order. */
  queued(): QueuedOperation[] {
    return [...this.queue].sort(byHlc);
  }

  watchlist(): ReplicaWatchlistEntry[] {
    return this.replica.watchlist();
  }

  progress(titleId: string): ReplicaProgress | undefined {
    return this.replica.progress(titleId);
  }

  preferences(): Record<string, string> {
    return this.replica.preferences();
  }

  addToWatchlist(titleId: string, options: { priority?: number; reason?: string | null } = {}): Promise<QueuedOperation> {
    return this.enqueue({ kind: 'WATCHLIST_ADD', titleId, priority: options.priority ?? 0, reason: options.reason ?? null });
  }

  /**
   * Removes the title with the add tags this replica has seen (observed-remove: an add made elsewhere and not seen
   * here survives, §9). Undefined, and nothing queued, when the replica has never seen the title added.
   */
  async removeFromWatchlist(titleId: string): Promise<QueuedOperation | undefined> {
    await this.start();
    const tags = this.replica.tagsOf(titleId);
    if (tags.length === 0) return undefined;
    return this.enqueue({ kind: 'WATCHLIST_REMOVE', titleId, tags });
  }

  reportProgress(titleId: string, positionSeconds: number, durationSeconds: number): Promise<QueuedOperation> {
    return this.enqueue({ kind: 'PROGRESS', titleId, positionSeconds, durationSeconds });
  }

  setPreference(key: string, value: string): Promise<QueuedOperation> {
    return this.enqueue({ kind: 'PREFERENCE', key, value });
  }

  /**
   * Replays the queue in HLC order, `batchSize` at a time. Only acknowledged operations leave the queue; a request
   * that gets no answer throws (NETWORK) with everything still queued. A batch the server refuses as BAD_USER_INPUT
   * loses the operations its problems name (`operations[i]: …`; all of the batch when none is named), which are
   * reported in `rejected` and the `rejected` event, and the replica is reloaded. Concurrent calls share one flush.
   */
  flush(): Promise<FlushResult> {
    this.flushing ??= this.replay().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  /** Loads the whole library, then shows the queued operations on top of it. */
  async load(): Promise<void> {
    await this.start();
    const { library } = await this.client.request(Library, { profileId: this.profileId });
    const replica = LibraryReplica.fromSnapshot(library);
    for (const entry of [...library.watchlist, ...library.progress, ...library.preferences]) this.observe(entry.hlc);
    for (const op of this.queue) replica.applyLocal(op);
    this.current = replica;
    this.cursor = library.cursor;
    this.events.emit('change', { source: 'server' });
  }

  /**
   * Merges what changed since the last load or pull (`SyncSince`), page by page. Without a cursor, or when the
   * server says the cursor is too old (`fullStateRequired`), loads the whole library instead. Answers the number
   * of operations merged.
   */
  async pull(): Promise<number> {
    await this.start();
    if (this.cursor === undefined) {
      await this.load();
      return 0;
    }
    let merged = 0;
    for (;;) {
      const answer: SyncSinceQuery = await this.client.request(SyncSince, { profileId: this.profileId, cursor: this.cursor, first: 100 });
      const page = answer.syncSince;
      if (page.fullStateRequired) {
        await this.load();
        return merged;
      }
      for (const op of page.operations) this.merge(op);
      merged += page.operations.length;
      this.cursor = page.cursor;
      if (page.operations.length > 0) this.events.emit('change', { source: 'server' });
      if (!page.hasMore) return merged;
    }
  }

  /** flush() then pull(): what §9 does on reconnect. */
  async sync(): Promise<FlushResult> {
    const result = await this.flush();
    await this.pull();
    return result;
  }

  /**
   * Follows `LibraryChanged` for this profile and merges each change into the replica. The cursor is left alone (a
   * change missed while the socket was down would otherwise be skipped); `pull()` stays the way to catch up, and one
   * runs now when the library was loaded. Returns the function that stops following.
   */
  live(): () => void {
    const stop = this.client.subscribe(LibraryChanged, { profileId: this.profileId }, {
      next: ({ libraryChanged: change }) => {
        if (change.profileId !== this.profileId) return;
        this.merge({ ...change.operation, title: change.watchlistEntry?.title ?? change.operation.title });
        this.events.emit('change', { source: 'server' });
      },
      error: (error) => this.events.emit('error', error),
    });
    if (this.cursor !== undefined) void this.pull().catch((error: unknown) => this.events.emit('error', asError(error)));
    return stop;
  }

  private async enqueue(input: Omit<QueuedOperation, 'hlc'>): Promise<QueuedOperation> {
    await this.start();
    const problems = operationProblems(input);
    if (problems.length > 0) {
      throw new MediaGatewayError('BAD_USER_INPUT', problems.join('; '), { errors: [{ message: problems.join('; '), extensions: { code: 'BAD_USER_INPUT', problems } }] });
    }
    const op: QueuedOperation = { ...input, hlc: formatHlc(this.clock.now()) };
    this.queue.push(op);
    this.current.applyLocal(op);
    this.events.emit('change', { source: 'local' });
    this.warnOnBacklog();
    await this.persist();
    return op;
  }

  private async replay(): Promise<FlushResult> {
    await this.start();
    const result: FlushResult = { sent: 0, applied: 0, duplicates: 0, ignored: 0, batches: 0, rejected: [], remaining: 0 };
    for (;;) {
      const batch = this.queued().slice(0, this.batchSize);
      if (batch.length === 0) break;
      result.batches += 1;
      try {
        const { applySyncOperations: applied } = await this.client.request(
          ApplySyncOperations,
          { profileId: this.profileId, deviceId: this.deviceId, operations: batch },
          // The server keys operations by their HLC, so a resend after a lost answer counts as a duplicate.
          { idempotent: true },
        );
        await this.remove(batch);
        result.sent += batch.length;
        result.applied += applied.applied;
        result.duplicates += applied.duplicates;
        result.ignored += applied.ignored;
      } catch (error) {
        if (!(error instanceof MediaGatewayError) || error.code !== 'BAD_USER_INPUT') throw error;
        const rejection = rejectedBy(error, batch);
        await this.remove(rejection.operations);
        result.rejected.push(rejection);
        this.events.emit('rejected', rejection);
      }
    }
    result.remaining = this.queue.length;
    // The replica showed the refused operations; the server's state without them is the truth.
    if (result.rejected.length > 0) await this.load().catch(() => undefined);
    return result;
  }

  private async remove(done: readonly QueuedOperation[]): Promise<void> {
    const hlcs = new Set(done.map((op) => op.hlc));
    this.queue = this.queue.filter((op) => !hlcs.has(op.hlc));
    if (this.queue.length <= QUEUE_WARNING_THRESHOLD) this.backlogWarned = false;
    await this.persist();
  }

  /** Saves the queue as it is now, after any save already under way (saves never interleave). */
  private persist(): Promise<void> {
    const snapshot = [...this.queue];
    this.saving = this.saving.catch(() => undefined).then(() => this.store.save(snapshot));
    return this.saving;
  }

  private merge(op: LoggedOperation): void {
    this.observe(op.hlc);
    this.current.applyLogged(op);
  }

  /** Moves the device's clock past a timestamp it has seen, so its next write sorts after it (§9 receive rule). */
  private observe(hlc: string): void {
    try {
      this.clock.receive(parseHlc(hlc));
    } catch (error) {
      // A timestamp far ahead of this device's clock is not followed: it would drag every later write with it.
      if (!(error instanceof ClockDriftError)) throw error;
    }
  }

  private warnOnBacklog(): void {
    if (this.queue.length > QUEUE_WARNING_THRESHOLD && !this.backlogWarned) {
      this.backlogWarned = true;
      this.events.emit('backlog', { pending: this.queue.length });
    }
  }
}

function byHlc(a: QueuedOperation, b: QueuedOperation): number {
  return compareHlc(parseHlc(a.hlc), parseHlc(b.hlc));
}

/** The operations a BAD_USER_INPUT answer names by index, or the whole batch when it names none. */
function rejectedBy(error: MediaGatewayError, batch: readonly QueuedOperation[]): RejectedOperations {
  const problems = error.problems.length > 0 ? error.problems : [error.message];
  const indexes = new Set<number>();
  for (const problem of problems) {
    const match = PROBLEM_INDEX.exec(problem);
    if (match && Number(match[1]) < batch.length) indexes.add(Number(match[1]));
  }
  const operations = indexes.size > 0 ? batch.filter((_, index) => indexes.has(index)) : [...batch];
  return { operations, problems, error };
}

function asError(error: unknown): MediaGatewayError {
  return error instanceof MediaGatewayError ? error : new MediaGatewayError('INTERNAL', error instanceof Error ? error.message : String(error), { cause: error });
}
