import { emptyOrSet, type LwwRegister } from '@media-gateway/crdt';
import type { ProgressValue } from '../progress/ProgressValue.js';
import type { Watchlist } from '../watchlist/applyWatchlistOperation.js';

/**
 * The part of one profile's library a batch of operations works on: the whole watchlist (its 1000-title limit
 * counts every title), and the progress and preference registers the batch touches (absent: never written).
 */
export interface LibraryState {
  watchlist: Watchlist;
  progress: ReadonlyMap<string, LwwRegister<ProgressValue>>;
  preferences: ReadonlyMap<string, LwwRegister<string>>;
}

export function emptyLibraryState(): LibraryState {
  return { watchlist: emptyOrSet(), progress: new Map(), preferences: new Map() };
}
