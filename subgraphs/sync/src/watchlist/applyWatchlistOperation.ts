import { applyOrSetOperation, checkHlc, orSetEntries, orSetHas, type OrSet, type OrSetOperation } from '@media-gateway/crdt';
import { isUuid } from '../lib/isUuid.js';

/** What a watchlist add records besides the title (PRODUCT_SPEC §9 entry {entity_id, added_at, priority, added_reason}). */
export interface WatchlistItem {
  /** 0 (none) … 100; higher first. */
  priority: number;
  /** Why it was added ("recommended", "shared by Sam"), or null. */
  reason: string | null;
}

export type Watchlist = OrSet<WatchlistItem>;
export type WatchlistOperation = OrSetOperation<WatchlistItem>;

/** §9: at most 1000 items. */
export const MAX_WATCHLIST_ITEMS = 1000;
export const MAX_PRIORITY = 100;
export const MAX_REASON_LENGTH = 200;

/**
 * A client's watchlist operation applied to the profile's OR-Set, after checking it: a well-formed title id and
 * timestamp, a priority and reason in range, and room for a new title (re-adding one already there is always fine,
 * as is every remove). Applying the same operation twice gives the same set. Throws `WatchlistInputError` (every
 * problem) or `WatchlistFullError`.
 */
export function applyWatchlistOperation(set: Watchlist, op: WatchlistOperation): Watchlist {
  const problems = watchlistOperationProblems(op);
  if (problems.length > 0) throw new WatchlistInputError(problems);
  if (op.kind === 'add' && !orSetHas(set, op.element) && orSetEntries(set).size >= MAX_WATCHLIST_ITEMS) {
    throw new WatchlistFullError(MAX_WATCHLIST_ITEMS);
  }
  return applyOrSetOperation(set, op);
}

/** Every problem with a watchlist operation's own fields (the checks `applyWatchlistOperation` makes before the set's). */
export function watchlistOperationProblems(op: WatchlistOperation): string[] {
  const problems: string[] = [];
  if (!isUuid(op?.element)) problems.push(`titleId must be a UUID, got ${JSON.stringify(op?.element)}`);
  try {
    checkHlc(op?.hlc);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  if (op?.kind === 'add') {
    if (!Number.isInteger(op.value?.priority) || op.value.priority < 0 || op.value.priority > MAX_PRIORITY) {
      problems.push(`priority must be an integer in [0, ${MAX_PRIORITY}], got ${String(op.value?.priority)}`);
    }
    const reason = op.value?.reason;
    if (reason !== null && (typeof reason !== 'string' || reason.length > MAX_REASON_LENGTH)) {
      problems.push(`reason must be null or at most ${MAX_REASON_LENGTH} characters`);
    }
  } else if (op?.kind === 'remove') {
    if (!Array.isArray(op.tags) || op.tags.some((tag) => typeof tag !== 'string' || tag.length > 200)) problems.push('tags must be a list of tag strings');
  } else {
    problems.push(`kind must be "add" or "remove", got ${JSON.stringify((op as { kind?: unknown } | undefined)?.kind)}`);
  }
  return problems;
}

export class WatchlistInputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'WatchlistInputError';
  }
}

export class WatchlistFullError extends Error {
  constructor(readonly limit: number) {
    super(`the watchlist holds at most ${limit} titles; remove one first`);
    this.name = 'WatchlistFullError';
  }
}
