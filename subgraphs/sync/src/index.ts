// The sync subgraph (PRODUCT_SPEC §8, §9): each profile's library — watchlist as an add-wins OR-Set, watch progress
// and preferences as LWW registers — synced across a user's devices through an operation log and live changes, plus
// the devices themselves (registry, presence, remote control). The service a router hosts or `main.ts` serves, and
// the pure rules the client SDK shares.
export { createSyncService, OPERATION_LOG_RETENTION_DAYS } from './SyncService.js';
export { DEPARTURES_KEY_PREFIX } from './devices/DeviceModule.js';
export { buildSyncSchema, syncTypeDefs, SYNC_SUBGRAPH_NAME } from './syncSubgraph.js';
export { SYNC_ERRORS, syncError, badUserInput, toSyncGraphQLError } from './errors.js';
export { SYNC_OUTBOX_SCHEMA } from './events/syncOutbox.js';
export { PLAYBACK_SOURCE, SYNC_PROGRESS_GROUP, PlaybackProgressConsumer } from './consumers/PlaybackProgressConsumer.js';
export { progressOperationOf } from './consumers/progressOperationOf.js';
export { LibrarySync, MAX_SYNC_PAGE } from './library/LibrarySync.js';
export { PrismaLibraryStore } from './store/PrismaLibraryStore.js';

export { applyLibraryOperation } from './library/applyLibraryOperation.js';
export { applyOperations } from './library/applyOperations.js';
export { checkClientHlc } from './library/checkClientHlc.js';
export { emptyLibraryState } from './library/LibraryState.js';
export { isLibraryChange } from './library/LibraryChange.js';
export { operationKey } from './library/operationKey.js';
export { SYNC_OPERATION_KINDS } from './library/LibraryOperation.js';
export { SyncInputError } from './library/SyncInputError.js';
export { decodeSyncCursor, encodeSyncCursor } from './library/syncCursor.js';
export { preferenceRecordOf, progressRecordOf, watchlistEntries, watchlistEntryOf } from './library/toRecords.js';
export { MAX_OPERATIONS_PER_BATCH, MAX_TAGS_PER_REMOVE, validateOperation, validateOperations } from './library/validateOperations.js';
export { applyPreferenceWrite } from './preferences/applyPreferenceWrite.js';
export { isPreferenceKey, MAX_PREFERENCE_VALUE_LENGTH, PREFERENCE_KEYS, preferenceProblems } from './preferences/preferenceKeys.js';
export { applyProgressUpdate, ProgressInputError, progressProblems } from './progress/applyProgressUpdate.js';
export { COMPLETED_SHARE, MAX_DURATION_SECONDS, MIN_UPDATE_INTERVAL_MS } from './progress/ProgressValue.js';
export {
  applyWatchlistOperation,
  MAX_PRIORITY,
  MAX_REASON_LENGTH,
  MAX_WATCHLIST_ITEMS,
  WatchlistFullError,
  WatchlistInputError,
  watchlistOperationProblems,
} from './watchlist/applyWatchlistOperation.js';

export type { SyncService, SyncServiceOptions } from './SyncService.js';
export type { SyncContext } from './SyncContext.js';
export type { SyncErrorCode } from './errors.js';
export type { PlaybackProgressConsumerOptions } from './consumers/PlaybackProgressConsumer.js';
export type { ConsumedProgress } from './consumers/progressOperationOf.js';
export type { DeviceOwnership, LibrarySyncOptions } from './library/LibrarySync.js';
export type { ApplyOperationsInput, ApplyOperationsResult, ConsumedPosition, LibraryStore } from './store/LibraryStore.js';
export type { AppliedOperation, BatchOutcome } from './library/applyOperations.js';
export type { OperationOutcome } from './library/applyLibraryOperation.js';
export type { ClientHlcCheck } from './library/checkClientHlc.js';
export type { LibraryChange } from './library/LibraryChange.js';
export type { LibraryOperation, SyncOperationInput, SyncOperationKind } from './library/LibraryOperation.js';
export type {
  LibraryRecord,
  PreferenceRecord,
  ProgressRecord,
  SyncOperationRecord,
  SyncPageRecord,
  SyncResultRecord,
  WatchlistEntryRecord,
} from './library/LibraryRecords.js';
export type { LibraryState } from './library/LibraryState.js';
export type { HlcProblemReason } from './library/SyncInputError.js';
export type { PreferenceOutcome } from './preferences/applyPreferenceWrite.js';
export type { PreferenceKey } from './preferences/preferenceKeys.js';
export type { ProgressOutcome } from './progress/applyProgressUpdate.js';
export type { ProgressUpdate, ProgressValue } from './progress/ProgressValue.js';
export type { Watchlist, WatchlistItem, WatchlistOperation } from './watchlist/applyWatchlistOperation.js';
