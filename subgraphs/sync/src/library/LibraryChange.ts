import type { PreferenceRecord, ProgressRecord, SyncOperationRecord, WatchlistEntryRecord } from './LibraryRecords.js';

/**
 * What the sync subgraph publishes on `channels.library(userId)` after each applied operation commits (GraphQL
 * `LibraryChange`): the operation and what it left behind for its title or key. Plain JSON.
 */
export interface LibraryChange {
  userId: string;
  profileId: string;
  cursor: string;
  operation: SyncOperationRecord;
  titleId: string | null;
  /** Watchlist operations: the title's entry after it, null when the title is off the watchlist. */
  watchlistEntry: WatchlistEntryRecord | null;
  /** Progress operations: the register after it. */
  progress: ProgressRecord | null;
  /** Preference operations: the register after it. */
  preference: PreferenceRecord | null;
  /** Watchlist operations: whether the title is on the watchlist after it; null for other kinds. */
  present: boolean | null;
}

/** A pub/sub message is untrusted JSON until checked; a subscriber skips anything else. */
export function isLibraryChange(message: unknown): message is LibraryChange {
  const m = message as Partial<LibraryChange> | null;
  return typeof m === 'object' && m !== null && typeof m.userId === 'string' && typeof m.profileId === 'string' && typeof m.cursor === 'string' && typeof m.operation === 'object' && m.operation !== null;
}
