import type { LibraryChange } from '../library/LibraryChange.js';
import type { LibraryOperation } from '../library/LibraryOperation.js';
import type { LibraryRecord, PreferenceRecord, ProgressRecord, SyncPageRecord, WatchlistEntryRecord } from '../library/LibraryRecords.js';

/** An event a consumer applied: its position is recorded in the same transaction as its effect. */
export interface ConsumedPosition {
  group: string;
  source: string;
  sequence: number;
}

export interface ApplyOperationsInput {
  userId: string;
  profileId: string;
  /** Checked operations (`validateOperations`); applied in HLC order whatever order they come in. */
  operations: readonly LibraryOperation[];
  consumed?: ConsumedPosition;
  /** Also read the whole library after the write, in the same transaction. */
  withLibrary?: boolean;
}

export interface ApplyOperationsResult {
  applied: number;
  duplicates: number;
  ignored: number;
  /** One per applied operation, in the order applied; publish them once the call returns (it has committed). */
  changes: LibraryChange[];
  /** What the batch's titles and keys hold after it, whether or not an operation changed them. */
  watchlist: ReadonlyMap<string, WatchlistEntryRecord | null>;
  progress: ReadonlyMap<string, ProgressRecord>;
  preferences: ReadonlyMap<string, PreferenceRecord>;
  /** The library's cursor after the batch. */
  cursor: string;
  library: LibraryRecord | null;
}

/**
 * Where profiles' libraries live. Every call is scoped by the owning user's id: another user's `profileId` only
 * ever addresses the caller's own (empty) space.
 */
export interface LibraryStore {
  /**
   * One transaction: serialised with every other writer of the library, skips operations already logged, applies the
   * rest, and writes the log rows, the state rows and the outbox events together. Nothing is written when it throws.
   */
  applyOperations(input: ApplyOperationsInput): Promise<ApplyOperationsResult>;
  /** The whole library and its cursor, from one snapshot. */
  library(userId: string, profileId: string): Promise<LibraryRecord>;
  /**
   * The log after `after` (a sequence; null: the client has none), oldest first, at most `first`. With no
   * sequence, or one below what retention deleted, `fullStateRequired` and no operations.
   */
  operationsSince(userId: string, profileId: string, after: number | null, first: number): Promise<SyncPageRecord>;
  /** Deletes log rows older than `olderThan`; returns how many. */
  pruneOperations(olderThan: Date): Promise<number>;
  /** The last event sequence a consumer recorded for a source, null when none. */
  consumerOffset(group: string, source: string): Promise<number | null>;
}
