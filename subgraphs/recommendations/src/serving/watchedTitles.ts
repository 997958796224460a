import type { InteractionRecord } from '../store/InteractionStore.js';

/** A title watched beyond this share counts as watched and is never recommended again (§5 "remove watched"). */
export const WATCHED_SHARE = 0.9;

/**
 * The titles a profile must not be recommended: finished ones (a COMPLETION, or progress beyond 90% at any point)
 * and dismissed ones (a dismissal is final for recommendations, even if the profile watches some of it later).
 */
export function watchedTitles(history: readonly InteractionRecord[]): Set<string> {
  const watched = new Set<string>();
  for (const record of history) {
    if (record.kind === 'COMPLETION' || record.kind === 'DISMISSAL' || (record.kind === 'PROGRESS' && (record.completion ?? 0) > WATCHED_SHARE)) {
      watched.add(record.titleId);
    }
  }
  return watched;
}
