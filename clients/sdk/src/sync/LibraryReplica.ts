import {
  applyOrSetOperation,
  compareHlc,
  emptyOrSet,
  formatHlc,
  orSetEntries,
  parseHlc,
  writeLww,
  type Hlc,
  type LwwRegister,
  type OrSet,
} from '@media-gateway/crdt';
import type { QueuedOperation } from './SyncQueueStore.js';

/** What the replica knows of a title besides its id: whatever the server sent (name, year, …). */
export type TitleRef = { id: string } & Record<string, unknown>;

export interface ReplicaWatchlistEntry {
  titleId: string;
  /** The title as the server last described it; undefined for a title only added on this device so far. */
  title: TitleRef | undefined;
  priority: number;
  reason: string | null;
  /** The newest live add's HLC, and its time (ISO). */
  hlc: string;
  addedAt: string;
  /** The live add tags. */
  tags: string[];
}

export interface ReplicaProgress {
  titleId: string;
  positionSeconds: number;
  durationSeconds: number;
  completed: boolean;
  /** 0–100, two decimals (as the server rounds it). */
  percent: number;
  deviceId: string;
  hlc: string;
  updatedAt: string;
}

interface WatchlistValue {
  priority: number;
  reason: string | null;
}

interface ProgressValue {
  positionSeconds: number;
  durationSeconds: number;
  completed: boolean;
}

/** A library as the server sends it (`LibraryFields`): the state a replica starts from. */
export interface LibrarySnapshot {
  watchlist: ReadonlyArray<{ title: TitleRef; priority: number; reason: string | null; hlc: string; tags: readonly string[] }>;
  progress: ReadonlyArray<{ title: TitleRef; positionSeconds: number; durationSeconds: number; completed: boolean; hlc: string }>;
  preferences: ReadonlyArray<{ key: string; value: string; hlc: string }>;
}

/** An operation from the server's log (`SyncOperationFields`, also `LibraryChange.operation`). */
export interface LoggedOperation {
  kind: string;
  hlc: string;
  title?: TitleRef | null;
  priority?: number | null;
  reason?: string | null;
  tags?: readonly string[] | null;
  positionSeconds?: number | null;
  durationSeconds?: number | null;
  completed?: boolean | null;
  key?: string | null;
  value?: string | null;
}

/** §9: more than 95% watched is completed; at most one progress report a second from a device. */
const COMPLETED_SHARE = 0.95;
const MIN_PROGRESS_INTERVAL_MS = 1000;

/**
 * One profile's library on a device (PRODUCT_SPEC §9): the watchlist as an add-wins OR-Set, progress and each
 * preference as LWW registers, all from `@media-gateway/crdt`, so merging the server's log and this device's own
 * operations in any order ends in the same state the server reaches.
 *
 * The device's own progress reports follow the server's rules (clamped, > 95% completed, a report within a second
 * of the same device's last one ignored unless it changes completion), so what the app shows is what the server
 * will keep. Operations from the server's log were applied there already and merge as plain LWW.
 */
export class LibraryReplica {
  private watch: OrSet<WatchlistValue> = emptyOrSet();
  private readonly titles = new Map<string, TitleRef>();
  private readonly progressByTitle = new Map<string, LwwRegister<ProgressValue>>();
  private readonly preferenceByKey = new Map<string, LwwRegister<string>>();

  /** A replica holding what the server's `library` answered. */
  static fromSnapshot(snapshot: LibrarySnapshot): LibraryReplica {
    const replica = new LibraryReplica();
    for (const entry of snapshot.watchlist) {
      replica.titles.set(entry.title.id, entry.title);
      // Only the newest live add's value is sent; the older live tags get it too, and `orSetEntries` shows the
      // newest anyway.
      for (const tag of new Set([...entry.tags, entry.hlc])) {
        replica.watch = applyOrSetOperation(replica.watch, { kind: 'add', element: entry.title.id, value: { priority: entry.priority, reason: entry.reason }, hlc: parseHlc(tag) });
      }
    }
    for (const progress of snapshot.progress) {
      replica.titles.set(progress.title.id, { ...replica.titles.get(progress.title.id), ...progress.title });
      replica.progressByTitle.set(progress.title.id, {
        value: { positionSeconds: progress.positionSeconds, durationSeconds: progress.durationSeconds, completed: progress.completed },
        hlc: parseHlc(progress.hlc),
      });
    }
    for (const preference of snapshot.preferences) replica.preferenceByKey.set(preference.key, { value: preference.value, hlc: parseHlc(preference.hlc) });
    return replica;
  }

  /** Applies one of this device's operations (optimistically, before the server has it). */
  applyLocal(op: QueuedOperation): void {
    const hlc = parseHlc(op.hlc);
    switch (op.kind) {
      case 'WATCHLIST_ADD':
        this.watch = applyOrSetOperation(this.watch, { kind: 'add', element: op.titleId!, value: { priority: op.priority ?? 0, reason: op.reason ?? null }, hlc });
        return;
      case 'WATCHLIST_REMOVE':
        this.watch = applyOrSetOperation(this.watch, { kind: 'remove', element: op.titleId!, tags: op.tags ?? [], hlc });
        return;
      case 'PROGRESS':
        this.reportProgress(op.titleId!, op.positionSeconds!, op.durationSeconds!, hlc);
        return;
      case 'PREFERENCE':
        this.preferenceByKey.set(op.key!, writeLww(this.preferenceByKey.get(op.key!), { value: op.value!, hlc }));
        return;
    }
  }

  /** Merges an operation from the server's log (`syncSince`, `libraryChanged`); applying one twice changes nothing. */
  applyLogged(op: LoggedOperation): void {
    const hlc = parseHlc(op.hlc);
    const titleId = op.title?.id;
    if (op.title) this.titles.set(op.title.id, { ...this.titles.get(op.title.id), ...op.title });
    switch (op.kind) {
      case 'WATCHLIST_ADD':
        if (titleId) this.watch = applyOrSetOperation(this.watch, { kind: 'add', element: titleId, value: { priority: op.priority ?? 0, reason: op.reason ?? null }, hlc });
        return;
      case 'WATCHLIST_REMOVE':
        if (titleId) this.watch = applyOrSetOperation(this.watch, { kind: 'remove', element: titleId, tags: [...(op.tags ?? [])], hlc });
        return;
      case 'PROGRESS':
        if (titleId && typeof op.positionSeconds === 'number' && typeof op.durationSeconds === 'number') {
          const value = { positionSeconds: op.positionSeconds, durationSeconds: op.durationSeconds, completed: op.completed ?? op.positionSeconds / op.durationSeconds > COMPLETED_SHARE };
          this.progressByTitle.set(titleId, writeLww(this.progressByTitle.get(titleId), { value, hlc }));
        }
        return;
      case 'PREFERENCE':
        if (typeof op.key === 'string' && typeof op.value === 'string') this.preferenceByKey.set(op.key, writeLww(this.preferenceByKey.get(op.key), { value: op.value, hlc }));
        return;
    }
  }

  /** Every add tag this replica has seen for the title, live or not: what a remove names (observed-remove). */
  tagsOf(titleId: string): string[] {
    return Object.keys(this.watch.adds[titleId] ?? {}).sort();
  }

  has(titleId: string): boolean {
    return orSetEntries(this.watch).has(titleId);
  }

  /** Highest priority first, then the most recently added (the server's order). */
  watchlist(): ReplicaWatchlistEntry[] {
    const entries: ReplicaWatchlistEntry[] = [];
    for (const [titleId, newest] of orSetEntries(this.watch)) {
      const dead = new Set(this.watch.tombstones[titleId] ?? []);
      entries.push({
        titleId,
        title: this.titles.get(titleId),
        priority: newest.value.priority,
        reason: newest.value.reason,
        hlc: formatHlc(newest.hlc),
        addedAt: new Date(newest.hlc.physical).toISOString(),
        tags: Object.keys(this.watch.adds[titleId] ?? {}).filter((tag) => !dead.has(tag)).sort(),
      });
    }
    return entries.sort((a, b) => b.priority - a.priority || compareHlc(parseHlc(b.hlc), parseHlc(a.hlc)));
  }

  progress(titleId: string): ReplicaProgress | undefined {
    const register = this.progressByTitle.get(titleId);
    return register ? progressView(titleId, register) : undefined;
  }

  /** Most recently watched first (the server's order). */
  allProgress(): ReplicaProgress[] {
    return [...this.progressByTitle].map(([titleId, register]) => progressView(titleId, register)).sort((a, b) => compareHlc(parseHlc(b.hlc), parseHlc(a.hlc)));
  }

  preference(key: string): string | undefined {
    return this.preferenceByKey.get(key)?.value;
  }

  preferences(): Record<string, string> {
    return Object.fromEntries([...this.preferenceByKey].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, register]) => [key, register.value]));
  }

  /** The §9 progress rules, as `applyProgressUpdate` on the server applies them. */
  private reportProgress(titleId: string, positionSeconds: number, durationSeconds: number, hlc: Hlc): void {
    const position = Math.min(Math.max(positionSeconds, 0), durationSeconds);
    const value = { positionSeconds: position, durationSeconds, completed: position / durationSeconds > COMPLETED_SHARE };
    const current = this.progressByTitle.get(titleId);
    if (current) {
      if (compareHlc(hlc, current.hlc) <= 0) return;
      const throttled = hlc.node === current.hlc.node && hlc.physical - current.hlc.physical < MIN_PROGRESS_INTERVAL_MS && value.completed === current.value.completed;
      if (throttled) return;
    }
    this.progressByTitle.set(titleId, { value, hlc });
  }
}

function progressView(titleId: string, register: LwwRegister<ProgressValue>): ReplicaProgress {
  const { positionSeconds, durationSeconds, completed } = register.value;
  return {
    titleId,
    positionSeconds,
    durationSeconds,
    completed,
    percent: Math.round((positionSeconds / durationSeconds) * 10_000) / 100,
    deviceId: register.hlc.node,
    hlc: formatHlc(register.hlc),
    updatedAt: new Date(register.hlc.physical).toISOString(),
  };
}
