/**
 * The interactions the recommender learns from (issue 7 §1): watch progress and completion from playback, watchlist
 * changes from sync, ratings and dismissals. The service maps each domain event to one of these; `at` is the event
 * time in epoch milliseconds, which orders a user's interactions with an item.
 */
export const INTERACTION_KINDS = ['PROGRESS', 'COMPLETION', 'WATCHLIST_ADD', 'WATCHLIST_REMOVE', 'RATING', 'DISMISSAL'] as const;

export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export interface Interaction {
  userId: string;
  itemId: string;
  kind: InteractionKind;
  /** Event time, epoch milliseconds. */
  at: number;
  /** Share of the title watched, 0..1. Required for PROGRESS; COMPLETION counts as 1 whatever it says. */
  completion?: number;
  /** Star rating 1..5. Required for RATING. */
  rating?: number;
  /** The user had finished this title before (§5: +20%). */
  rewatch?: boolean;
  /** Watched as part of a binge, e.g. several episodes in a row (§5: +50%). */
  binge?: boolean;
}
