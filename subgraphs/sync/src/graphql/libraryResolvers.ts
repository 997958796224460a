import { toSyncGraphQLError } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import type { SyncOperationInput } from '../library/LibraryOperation.js';
import type { LibraryChange } from '../library/LibraryChange.js';
import type { WatchlistEntryRecord } from '../library/LibraryRecords.js';
import { formatHlcTime } from './formatHlcTime.js';
import { requireUserId } from './requireUserId.js';

/** Runs a use case, answering domain errors with their GraphQL codes. */
async function answer<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toSyncGraphQLError(error);
  }
}

/** Query, Mutation and Subscription fields of library.graphql: identity, then the use case, then the answer. */
export const libraryResolvers: Pick<Resolvers, 'Query' | 'Mutation' | 'Subscription'> = {
  Query: {
    library: (_, { profileId }, ctx) => answer(() => ctx.library.library(requireUserId(ctx.identity), profileId)),
    syncSince: (_, { profileId, cursor, first }, ctx) =>
      answer(() => ctx.library.syncSince(requireUserId(ctx.identity), profileId, cursor ?? null, first ?? 100)),
  },
  Mutation: {
    applySyncOperations: (_, { profileId, deviceId, operations }, ctx) =>
      answer(async () => {
        const result = await ctx.library.applyBatch(requireUserId(ctx.identity), profileId, deviceId, operations as SyncOperationInput[]);
        return { applied: result.applied, duplicates: result.duplicates, ignored: result.ignored, cursor: result.cursor, library: result.library! };
      }),
    addToWatchlist: (_, { profileId, deviceId, titleId, hlc, priority, reason }, ctx) =>
      answer(async () => {
        const input = { kind: 'WATCHLIST_ADD', hlc, titleId, priority: priority ?? 0, reason: reason ?? null };
        const result = await ctx.library.applyOne(requireUserId(ctx.identity), profileId, deviceId, input);
        // Null only when a remove of this very tag arrived before the add: the add is recorded but not live.
        return result.watchlist.get(titleId) ?? deadAdd(titleId, hlc, input.priority, input.reason);
      }),
    removeFromWatchlist: (_, { profileId, deviceId, titleId, hlc, tags }, ctx) =>
      answer(async () => {
        const result = await ctx.library.applyOne(requireUserId(ctx.identity), profileId, deviceId, { kind: 'WATCHLIST_REMOVE', hlc, titleId, tags });
        return result.watchlist.get(titleId) == null;
      }),
    reportProgress: (_, { profileId, deviceId, titleId, hlc, positionSeconds, durationSeconds }, ctx) =>
      answer(async () => {
        const result = await ctx.library.applyOne(requireUserId(ctx.identity), profileId, deviceId, { kind: 'PROGRESS', hlc, titleId, positionSeconds, durationSeconds });
        return result.progress.get(titleId)!;
      }),
    setPreference: (_, { profileId, deviceId, key, value, hlc }, ctx) =>
      answer(async () => {
        const result = await ctx.library.applyOne(requireUserId(ctx.identity), profileId, deviceId, { kind: 'PREFERENCE', hlc, key, value });
        return result.preferences.get(key)!;
      }),
  },
  Subscription: {
    libraryChanged: {
      // Ownership is decided here, before any iterator exists: the channel is the caller's own.
      subscribe: (_, { profileId }, ctx) => answer(() => ctx.library.subscribe(requireUserId(ctx.identity), profileId ?? null)),
      resolve: (change: LibraryChange) => change,
    },
  },
};

function deadAdd(titleId: string, hlc: string, priority: number, reason: string | null): WatchlistEntryRecord {
  return { titleId, priority, reason, addedAt: formatHlcTime(hlc), hlc, tags: [] };
}
