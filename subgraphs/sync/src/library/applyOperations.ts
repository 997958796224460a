import { compareHlc, orSetHas } from '@media-gateway/crdt';
import { applyLibraryOperation } from './applyLibraryOperation.js';
import type { LibraryOperation } from './LibraryOperation.js';
import type { PreferenceRecord, ProgressRecord, WatchlistEntryRecord } from './LibraryRecords.js';
import type { LibraryState } from './LibraryState.js';
import { operationKey } from './operationKey.js';
import { preferenceRecordOf, progressRecordOf, watchlistEntryOf } from './toRecords.js';

/** An operation that changed the library, with what it left for its title or key right after it. */
export interface AppliedOperation {
  operation: LibraryOperation;
  /** `operationKey`: the log's duplicate check. */
  key: string;
  /** Watchlist operations: whether the title is on the watchlist after it. */
  present: boolean | null;
  watchlistEntry: WatchlistEntryRecord | null;
  progress: ProgressRecord | null;
  preference: PreferenceRecord | null;
}

export interface BatchOutcome {
  /** In HLC order, the order they were applied in. */
  applied: AppliedOperation[];
  duplicates: number;
  ignored: number;
  state: LibraryState;
}

/**
 * A batch of operations on the library state, in HLC order (every replica applies a queue in that order, so they
 * agree even on the order-dependent progress rule of one report a second). `logged` holds the keys of operations
 * already in the log: those, and a second copy inside the batch, are duplicates. Pure; throws what
 * `applyLibraryOperation` throws.
 */
export function applyOperations(state: LibraryState, operations: readonly LibraryOperation[], logged: ReadonlySet<string>): BatchOutcome {
  const seen = new Set(logged);
  const applied: AppliedOperation[] = [];
  let duplicates = 0;
  let ignored = 0;
  let current = state;
  for (const operation of [...operations].sort((a, b) => compareHlc(a.hlc, b.hlc))) {
    const key = operationKey(operation);
    if (seen.has(key)) {
      duplicates += 1;
      continue;
    }
    seen.add(key);
    const result = applyLibraryOperation(current, operation);
    current = result.state;
    if (result.outcome === 'duplicate') duplicates += 1;
    else if (result.outcome === 'ignored') ignored += 1;
    else applied.push(describe(current, operation, key));
  }
  return { applied, duplicates, ignored, state: current };
}

function describe(state: LibraryState, operation: LibraryOperation, key: string): AppliedOperation {
  const none = { present: null, watchlistEntry: null, progress: null, preference: null };
  switch (operation.kind) {
    case 'WATCHLIST_ADD':
    case 'WATCHLIST_REMOVE':
      return {
        operation,
        key,
        ...none,
        present: orSetHas(state.watchlist, operation.titleId),
        watchlistEntry: watchlistEntryOf(state.watchlist, operation.titleId),
      };
    case 'PROGRESS':
      return { operation, key, ...none, progress: progressRecordOf(operation.titleId, state.progress.get(operation.titleId)!) };
    case 'PREFERENCE':
      return { operation, key, ...none, preference: preferenceRecordOf(operation.key, state.preferences.get(operation.key)!) };
  }
}
