import { formatHlc, parseHlc, type LwwRegister } from '@media-gateway/crdt';
import type { LibraryOperation } from '../library/LibraryOperation.js';
import type { AppliedOperation } from '../library/applyOperations.js';
import type { SyncOperationRecord } from '../library/LibraryRecords.js';
import { encodeSyncCursor } from '../library/syncCursor.js';
import { isUuid } from '../lib/isUuid.js';
import type { ProgressValue } from '../progress/ProgressValue.js';
import type { Watchlist } from '../watchlist/applyWatchlistOperation.js';

// Conversions between the store's rows and the pure state of `library/`.

export interface WatchlistTagRow {
  title_id: string;
  tag: string;
  added: boolean;
  tombstoned: boolean;
  priority: number;
  reason: string | null;
}
export interface ProgressRow {
  title_id: string;
  position_seconds: number;
  duration_seconds: number;
  completed: boolean;
  hlc: string;
}
export interface PreferenceRow {
  key: string;
  value: string;
  hlc: string;
}
export interface OperationRow {
  sequence: string;
  kind: SyncOperationRecord['kind'];
  device_id: string;
  hlc: string;
  payload: OperationPayload;
  created_at: Date | string;
}

/** What the log keeps of an operation besides kind, device and timestamp: its own fields, progress as stored. */
type OperationPayload = Partial<Pick<SyncOperationRecord, 'titleId' | 'priority' | 'reason' | 'tags' | 'positionSeconds' | 'durationSeconds' | 'completed' | 'key' | 'value'>>;

/** The OR-Set of the tag rows: `tag` is the add's HLC string, so the add's timestamp comes back from it. */
export function watchlistFromRows(rows: readonly WatchlistTagRow[]): Watchlist {
  const watchlist: Watchlist = { adds: {}, tombstones: {} };
  for (const row of rows) {
    if (row.added) (watchlist.adds[row.title_id] ??= {})[row.tag] = { value: { priority: row.priority, reason: row.reason }, hlc: parseHlc(row.tag) };
    if (row.tombstoned) (watchlist.tombstones[row.title_id] ??= []).push(row.tag);
  }
  for (const tags of Object.values(watchlist.tombstones)) tags.sort();
  return watchlist;
}

/** The tag rows of some titles as the OR-Set holds them (the store writes only the ones that changed). */
export function watchlistRows(watchlist: Watchlist, titleIds: Iterable<string>): Array<WatchlistTagRow & { device_id: string | null }> {
  const rows: Array<WatchlistTagRow & { device_id: string | null }> = [];
  for (const titleId of titleIds) {
    const adds = watchlist.adds[titleId] ?? {};
    const dead = new Set(watchlist.tombstones[titleId] ?? []);
    for (const tag of new Set([...Object.keys(adds), ...dead])) {
      const add = adds[tag];
      rows.push({
        title_id: titleId,
        tag,
        added: add !== undefined,
        tombstoned: dead.has(tag),
        priority: add?.value.priority ?? 0,
        reason: add?.value.reason ?? null,
        device_id: add && isUuid(add.hlc.node) ? add.hlc.node : null,
      });
    }
  }
  return rows;
}

export function progressRegister(row: ProgressRow): LwwRegister<ProgressValue> {
  return {
    value: { positionSeconds: row.position_seconds, durationSeconds: row.duration_seconds, completed: row.completed },
    hlc: parseHlc(row.hlc),
  };
}

export function preferenceRegister(row: PreferenceRow): LwwRegister<string> {
  return { value: row.value, hlc: parseHlc(row.hlc) };
}

/** The log row of an applied operation; progress as stored (clamped, with `completed`). */
export function operationRow(applied: AppliedOperation, ord: number): { ord: number; op_key: string; kind: string; device_id: string; hlc: string; payload: OperationPayload } {
  const op: LibraryOperation = applied.operation;
  return { ord, op_key: applied.key, kind: op.kind, device_id: op.deviceId, hlc: formatHlc(op.hlc), payload: operationPayload(applied) };
}

function operationPayload(applied: AppliedOperation): OperationPayload {
  const op = applied.operation;
  switch (op.kind) {
    case 'WATCHLIST_ADD':
      return { titleId: op.titleId, priority: op.priority, reason: op.reason };
    case 'WATCHLIST_REMOVE':
      return { titleId: op.titleId, tags: op.tags };
    case 'PROGRESS': {
      const progress = applied.progress!;
      return { titleId: op.titleId, positionSeconds: progress.positionSeconds, durationSeconds: progress.durationSeconds, completed: progress.completed };
    }
    case 'PREFERENCE':
      return { key: op.key, value: op.value };
  }
}

export function operationRecord(row: OperationRow): SyncOperationRecord {
  const p = row.payload ?? {};
  return {
    cursor: encodeSyncCursor(Number(row.sequence)),
    kind: row.kind,
    deviceId: row.device_id,
    hlc: row.hlc,
    titleId: p.titleId ?? null,
    priority: p.priority ?? null,
    reason: p.reason ?? null,
    tags: p.tags ?? null,
    positionSeconds: p.positionSeconds ?? null,
    durationSeconds: p.durationSeconds ?? null,
    completed: p.completed ?? null,
    key: p.key ?? null,
    value: p.value ?? null,
    at: new Date(row.created_at).toISOString(),
  };
}
