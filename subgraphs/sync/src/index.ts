// The sync subgraph (PRODUCT_SPEC §9, issue 5): watchlists as add-wins OR-Sets and watch progress as LWW registers,
// per profile. So far its pure rules; storage, GraphQL and subscriptions come next.
export { applyProgressUpdate, ProgressInputError } from './progress/applyProgressUpdate.js';
export { COMPLETED_SHARE, MAX_DURATION_SECONDS, MIN_UPDATE_INTERVAL_MS } from './progress/ProgressValue.js';
export {
  applyWatchlistOperation,
  MAX_PRIORITY,
  MAX_REASON_LENGTH,
  MAX_WATCHLIST_ITEMS,
  WatchlistFullError,
  WatchlistInputError,
} from './watchlist/applyWatchlistOperation.js';

export type { ProgressOutcome } from './progress/applyProgressUpdate.js';
export type { ProgressUpdate, ProgressValue } from './progress/ProgressValue.js';
export type { Watchlist, WatchlistItem, WatchlistOperation } from './watchlist/applyWatchlistOperation.js';
