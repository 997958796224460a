import { appendToOutbox, SYNC_EVENTS_VERSION, SYNC_PROGRESS_UPDATED, SYNC_WATCHLIST_CHANGED, type OutboxEventInput } from '@media-gateway/events';
import type { Prisma, PrismaClient } from '@media-gateway/db';
import { formatHlc } from '@media-gateway/crdt';
import { applyOperations, type AppliedOperation } from '../library/applyOperations.js';
import type { LibraryChange } from '../library/LibraryChange.js';
import type { LibraryRecord, PreferenceRecord, ProgressRecord, SyncPageRecord, WatchlistEntryRecord } from '../library/LibraryRecords.js';
import type { LibraryState } from '../library/LibraryState.js';
import { operationKey } from '../library/operationKey.js';
import { encodeSyncCursor } from '../library/syncCursor.js';
import { preferenceRecordOf, progressRecordOf, watchlistEntries, watchlistEntryOf } from '../library/toRecords.js';
import { SYNC_OUTBOX_SCHEMA } from '../events/syncOutbox.js';
import {
  operationRecord,
  operationRow,
  preferenceRegister,
  progressRegister,
  watchlistFromRows,
  watchlistRows,
  type OperationRow,
  type PreferenceRow,
  type ProgressRow,
  type WatchlistTagRow,
} from './libraryRows.js';
import type { ApplyOperationsInput, ApplyOperationsResult, LibraryStore } from './LibraryStore.js';
import * as sql from './sql/librarySql.js';

type Tx = Prisma.TransactionClient;

/** Writers wait on the library lock holding a connection; a burst from one user's devices queues behind it. */
const WRITE_TX = { maxWait: 10_000, timeout: 30_000 };
/** A library read and its cursor come from one snapshot, so the cursor covers exactly what was read. */
const SNAPSHOT_TX = { isolationLevel: 'RepeatableRead' as const, maxWait: 10_000, timeout: 30_000 };
const PRUNE_BATCH = 5_000;

export class PrismaLibraryStore implements LibraryStore {
  constructor(private readonly prisma: PrismaClient) {}

  applyOperations(input: ApplyOperationsInput): Promise<ApplyOperationsResult> {
    const { userId, profileId, operations } = input;
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(sql.lockLibrarySql, `${userId}:${profileId}`);
      const keys = operations.map(operationKey);
      const logged = await tx.$queryRawUnsafe<Array<{ op_key: string }>>(sql.loggedKeysSql, userId, profileId, keys);
      const before = await loadState(tx, userId, profileId, operations);
      const outcome = applyOperations(before, operations, new Set(logged.map((row) => row.op_key)));

      const sequences = await writeOperations(tx, userId, profileId, outcome.applied);
      await writeState(tx, userId, profileId, outcome.state, outcome.applied);
      await appendToOutbox(tx, SYNC_OUTBOX_SCHEMA, outcome.applied.flatMap((applied) => outboxEvents(userId, profileId, applied)));
      if (input.consumed) {
        const { group, source, sequence } = input.consumed;
        await tx.$executeRawUnsafe(sql.advanceConsumerOffsetSql, group, source, sequence);
      }

      const changes = outcome.applied.map((applied) => libraryChange(userId, profileId, applied, sequences.get(applied.key)!));
      const library = input.withLibrary ? await readLibrary(tx, userId, profileId) : null;
      const cursor = library?.cursor ?? encodeSyncCursor((await logPosition(tx, userId, profileId)).head);
      return { applied: outcome.applied.length, duplicates: outcome.duplicates, ignored: outcome.ignored, changes, ...touched(outcome.state, operations), cursor, library };
    }, WRITE_TX);
  }

  library(userId: string, profileId: string): Promise<LibraryRecord> {
    return this.prisma.$transaction((tx) => readLibrary(tx, userId, profileId), SNAPSHOT_TX);
  }

  operationsSince(userId: string, profileId: string, after: number | null, first: number): Promise<SyncPageRecord> {
    return this.prisma.$transaction(async (tx) => {
      const { head, prunedThrough } = await logPosition(tx, userId, profileId);
      if (after === null || after < prunedThrough) {
        return { operations: [], cursor: encodeSyncCursor(head), hasMore: false, fullStateRequired: true };
      }
      const rows = await tx.$queryRawUnsafe<OperationRow[]>(sql.operationsAfterSql, userId, profileId, after, first + 1);
      const operations = rows.slice(0, first).map(operationRecord);
      return {
        operations,
        cursor: operations.at(-1)?.cursor ?? encodeSyncCursor(after),
        hasMore: rows.length > first,
        fullStateRequired: false,
      };
    }, SNAPSHOT_TX);
  }

  async pruneOperations(olderThan: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const [row] = await this.prisma.$queryRawUnsafe<Array<{ deleted: number }>>(sql.pruneOperationsSql, olderThan, PRUNE_BATCH);
      const deleted = row?.deleted ?? 0;
      total += deleted;
      if (deleted < PRUNE_BATCH) return total;
    }
  }

  async consumerOffset(group: string, source: string): Promise<number | null> {
    const [row] = await this.prisma.$queryRawUnsafe<Array<{ last_sequence: string }>>(sql.consumerOffsetSql, group, source);
    return row ? Number(row.last_sequence) : null;
  }
}

/** The whole watchlist (its limit counts every title) and the registers the operations touch. */
async function loadState(tx: Tx, userId: string, profileId: string, operations: ApplyOperationsInput['operations']): Promise<LibraryState> {
  const titles = [...new Set(operations.flatMap((op) => (op.kind === 'PROGRESS' ? [op.titleId] : [])))];
  const keys = [...new Set(operations.flatMap((op) => (op.kind === 'PREFERENCE' ? [op.key] : [])))];
  const needsWatchlist = operations.some((op) => op.kind === 'WATCHLIST_ADD' || op.kind === 'WATCHLIST_REMOVE');
  // One connection serves a transaction: the statements run one after the other anyway.
  const tags = needsWatchlist ? await tx.$queryRawUnsafe<WatchlistTagRow[]>(sql.watchlistTagsSql, userId, profileId) : [];
  const progress = titles.length > 0 ? await tx.$queryRawUnsafe<ProgressRow[]>(sql.progressSql, userId, profileId, titles) : [];
  const preferences = keys.length > 0 ? await tx.$queryRawUnsafe<PreferenceRow[]>(sql.preferencesSql, userId, profileId, keys) : [];
  return {
    watchlist: watchlistFromRows(tags),
    progress: new Map(progress.map((row) => [row.title_id, progressRegister(row)])),
    preferences: new Map(preferences.map((row) => [row.key, preferenceRegister(row)])),
  };
}

/** Appends the applied operations to the log; what it assigned (sequence, time) by operation key. */
async function writeOperations(tx: Tx, userId: string, profileId: string, applied: readonly AppliedOperation[]): Promise<Map<string, LoggedAs>> {
  if (applied.length === 0) return new Map();
  const rows = await tx.$queryRawUnsafe<Array<{ sequence: string; op_key: string; created_at: Date | string }>>(
    sql.insertOperationsSql,
    userId,
    profileId,
    JSON.stringify(applied.map(operationRow)),
  );
  return new Map(rows.map((row) => [row.op_key, { sequence: row.sequence, createdAt: row.created_at }]));
}

interface LoggedAs {
  sequence: string;
  createdAt: Date | string;
}

/** The final state of what the applied operations changed. */
async function writeState(tx: Tx, userId: string, profileId: string, state: LibraryState, applied: readonly AppliedOperation[]): Promise<void> {
  const titles = new Set<string>();
  const progress = new Map<string, ProgressRecord>();
  const preferences = new Map<string, PreferenceRecord>();
  for (const { operation: op } of applied) {
    if (op.kind === 'WATCHLIST_ADD' || op.kind === 'WATCHLIST_REMOVE') titles.add(op.titleId);
    else if (op.kind === 'PROGRESS') progress.set(op.titleId, progressRecordOf(op.titleId, state.progress.get(op.titleId)!));
    else preferences.set(op.key, preferenceRecordOf(op.key, state.preferences.get(op.key)!));
  }
  if (titles.size > 0) {
    await tx.$executeRawUnsafe(sql.upsertWatchlistTagsSql, userId, profileId, JSON.stringify(watchlistRows(state.watchlist, titles)));
  }
  if (progress.size > 0) {
    const rows = [...progress.values()].map((p) => ({
      title_id: p.titleId,
      position_seconds: p.positionSeconds,
      duration_seconds: p.durationSeconds,
      completed: p.completed,
      hlc: p.hlc,
      device_id: p.deviceId,
    }));
    await tx.$executeRawUnsafe(sql.upsertProgressSql, userId, profileId, JSON.stringify(rows));
  }
  if (preferences.size > 0) {
    const rows = [...preferences.values()].map((p) => ({ key: p.key, value: p.value, hlc: p.hlc, device_id: p.deviceId }));
    await tx.$executeRawUnsafe(sql.upsertPreferencesSql, userId, profileId, JSON.stringify(rows));
  }
}

/** `sync.*` events of one applied operation; the library is the aggregate, which the lock serialises. */
function outboxEvents(userId: string, profileId: string, applied: AppliedOperation): OutboxEventInput[] {
  const op = applied.operation;
  const aggregateId = `${userId}:${profileId}`;
  if (op.kind === 'PROGRESS') {
    const p = applied.progress!;
    return [
      {
        type: SYNC_PROGRESS_UPDATED,
        aggregateId,
        schemaVersion: SYNC_EVENTS_VERSION,
        payload: { userId, profileId, titleId: p.titleId, positionSeconds: p.positionSeconds, durationSeconds: p.durationSeconds, completed: p.completed, hlc: p.hlc, deviceId: p.deviceId, updatedAt: p.updatedAt },
      },
    ];
  }
  if (op.kind === 'WATCHLIST_ADD' || op.kind === 'WATCHLIST_REMOVE') {
    const entry = applied.watchlistEntry;
    return [
      {
        type: SYNC_WATCHLIST_CHANGED,
        aggregateId,
        schemaVersion: SYNC_EVENTS_VERSION,
        payload: { userId, profileId, titleId: op.titleId, present: applied.present ?? false, priority: entry?.priority ?? null, reason: entry?.reason ?? null, hlc: formatHlc(op.hlc) },
      },
    ];
  }
  // Preferences are per-device settings other subgraphs have no use for (yet); clients get them over pub/sub.
  return [];
}

function libraryChange(userId: string, profileId: string, applied: AppliedOperation, logged: LoggedAs): LibraryChange {
  const row = operationRow(applied, 0);
  const operation = operationRecord({ sequence: logged.sequence, kind: applied.operation.kind, device_id: row.device_id, hlc: row.hlc, payload: row.payload, created_at: logged.createdAt });
  return {
    userId,
    profileId,
    cursor: operation.cursor,
    operation,
    titleId: operation.titleId,
    watchlistEntry: applied.watchlistEntry,
    progress: applied.progress,
    preference: applied.preference,
    present: applied.present,
  };
}

function touched(state: LibraryState, operations: ApplyOperationsInput['operations']): Pick<ApplyOperationsResult, 'watchlist' | 'progress' | 'preferences'> {
  const watchlist = new Map<string, WatchlistEntryRecord | null>();
  const progress = new Map<string, ProgressRecord>();
  const preferences = new Map<string, PreferenceRecord>();
  for (const op of operations) {
    if (op.kind === 'WATCHLIST_ADD' || op.kind === 'WATCHLIST_REMOVE') watchlist.set(op.titleId, watchlistEntryOf(state.watchlist, op.titleId));
    else if (op.kind === 'PROGRESS') {
      const register = state.progress.get(op.titleId);
      if (register) progress.set(op.titleId, progressRecordOf(op.titleId, register));
    } else {
      const register = state.preferences.get(op.key);
      if (register) preferences.set(op.key, preferenceRecordOf(op.key, register));
    }
  }
  return { watchlist, progress, preferences };
}

async function readLibrary(tx: Tx, userId: string, profileId: string): Promise<LibraryRecord> {
  const tags = await tx.$queryRawUnsafe<WatchlistTagRow[]>(sql.watchlistTagsSql, userId, profileId);
  const progress = await tx.$queryRawUnsafe<ProgressRow[]>(sql.progressSql, userId, profileId, null);
  const preferences = await tx.$queryRawUnsafe<PreferenceRow[]>(sql.preferencesSql, userId, profileId, null);
  const position = await logPosition(tx, userId, profileId);
  return {
    profileId,
    watchlist: watchlistEntries(watchlistFromRows(tags)),
    progress: progress.map((row) => progressRecordOf(row.title_id, progressRegister(row))).sort((a, b) => (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : 0)),
    preferences: preferences.map((row) => preferenceRecordOf(row.key, preferenceRegister(row))).sort((a, b) => (a.key < b.key ? -1 : 1)),
    cursor: encodeSyncCursor(position.head),
  };
}

async function logPosition(tx: Tx, userId: string, profileId: string): Promise<{ head: number; prunedThrough: number }> {
  const [row] = await tx.$queryRawUnsafe<Array<{ head: string; pruned_through: string }>>(sql.logPositionSql, userId, profileId);
  return { head: Number(row?.head ?? 0), prunedThrough: Number(row?.pruned_through ?? 0) };
}
