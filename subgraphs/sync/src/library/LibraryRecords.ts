import type { SyncOperationKind } from './LibraryOperation.js';

// The library as the API shows it, as plain JSON (instants as ISO-8601 strings): the same records answer queries and
// travel in `LibraryChange` messages over pub/sub, so a subscriber sees exactly what a query would.

export interface WatchlistEntryRecord {
  titleId: string;
  priority: number;
  reason: string | null;
  /** The newest live add's HLC time. */
  addedAt: string;
  /** The newest live add's HLC. */
  hlc: string;
  /** Every live add tag, sorted. */
  tags: string[];
}

export interface ProgressRecord {
  titleId: string;
  positionSeconds: number;
  durationSeconds: number;
  completed: boolean;
  deviceId: string;
  hlc: string;
  /** The winning report's HLC time. */
  updatedAt: string;
}

export interface PreferenceRecord {
  key: string;
  value: string;
  deviceId: string;
  hlc: string;
  /** The winning write's HLC time. */
  updatedAt: string;
}

export interface LibraryRecord {
  profileId: string;
  watchlist: WatchlistEntryRecord[];
  progress: ProgressRecord[];
  preferences: PreferenceRecord[];
  cursor: string;
}

/** An applied operation as the log keeps it; fields another kind uses are null. */
export interface SyncOperationRecord {
  cursor: string;
  kind: SyncOperationKind;
  deviceId: string;
  hlc: string;
  titleId: string | null;
  priority: number | null;
  reason: string | null;
  tags: string[] | null;
  positionSeconds: number | null;
  durationSeconds: number | null;
  completed: boolean | null;
  key: string | null;
  value: string | null;
  /** When the server applied it. */
  at: string;
}

export interface SyncPageRecord {
  operations: SyncOperationRecord[];
  cursor: string;
  hasMore: boolean;
  fullStateRequired: boolean;
}

export interface SyncResultRecord {
  applied: number;
  duplicates: number;
  ignored: number;
  cursor: string;
  library: LibraryRecord;
}
