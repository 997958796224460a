import { GraphQLError } from 'graphql';
import { SyncInputError } from './library/SyncInputError.js';
import { WatchlistFullError } from './watchlist/applyWatchlistOperation.js';

/**
 * The closed set of error codes the sync subgraph's library answers with. Resolvers throw through `syncError` (or
 * map domain errors with `toSyncGraphQLError`) so `extensions.code` is always one of these.
 */
export const SYNC_ERRORS = {
  BAD_USER_INPUT: {
    description:
      'An argument or operation is malformed or out of range; `extensions.problems` lists each one, and `extensions.reason` names a refused timestamp (HLC_MALFORMED, HLC_NODE_MISMATCH, HLC_CLOCK_DRIFT).',
    addedIn: '0.1.0',
  },
  UNAUTHENTICATED: { description: 'The field needs a signed-in user.', addedIn: '0.1.0' },
  FORBIDDEN: { description: 'The caller is not a user (a service identity has no library).', addedIn: '0.1.0' },
  NOT_FOUND: { description: 'The device is not one the caller registered.', addedIn: '0.1.0' },
  CONFLICT: { description: 'The watchlist is full (`extensions.reason` WATCHLIST_FULL, `extensions.limit`).', addedIn: '0.1.0' },
} as const;

export type SyncErrorCode = keyof typeof SYNC_ERRORS;

export function syncError(code: SyncErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** One BAD_USER_INPUT error that carries every problem found in the input, not just the first. */
export function badUserInput(problems: readonly string[], extensions: Record<string, unknown> = {}): GraphQLError {
  return syncError('BAD_USER_INPUT', problems.join('; '), { ...extensions, problems });
}

/** The GraphQL error of a domain error; anything else (a GraphQLError already, or a bug) passes through. */
export function toSyncGraphQLError(error: unknown): unknown {
  if (error instanceof SyncInputError) return badUserInput(error.problems, error.reason ? { reason: error.reason } : {});
  if (error instanceof WatchlistFullError) return syncError('CONFLICT', error.message, { reason: 'WATCHLIST_FULL', limit: error.limit });
  return error;
}
