import { badUserInput } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { decodeHistoryCursor, encodeHistoryCursor } from '../history/historyCursor.js';
import { continueWatching, continueWatchingSince } from '../resume/continueWatching.js';
import { InputProblems } from './inputProblems.js';
import { requireUser } from './requireUser.js';

const MAX_FIRST = 100;

/** Continue watching and the watch history: what the caller watched, read from the projections. */
export const libraryResolvers: Resolvers = {
  Query: {
    continueWatching: async (_, args, ctx) => {
      const userId = requireUser(ctx.identity);
      const check = new InputProblems();
      const profileId = check.uuid('profileId', args.profileId);
      const first = check.count('first', args.first ?? 20, MAX_FIRST);
      if (check.problems.length > 0) throw badUserInput(check.problems);
      const now = ctx.now();
      return continueWatching(await ctx.resume.recent(userId, profileId, continueWatchingSince(now)), { now, first });
    },

    watchHistory: async (_, args, ctx) => {
      const userId = requireUser(ctx.identity);
      const check = new InputProblems();
      const first = check.count('first', args.first ?? 50, MAX_FIRST);
      const after = args.after == null ? null : decodeHistoryCursor(args.after);
      if (args.after != null && after === null) check.add('after is not a cursor of this connection');
      if (check.problems.length > 0) throw badUserInput(check.problems);
      const rows = await ctx.history.page(userId, first, after);
      const page = rows.slice(0, first);
      const edges = page.map((node) => ({ cursor: encodeHistoryCursor(node), node }));
      return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  },

  ContinueWatchingItem: {
    title: (item) => ({ id: item.titleId }),
    lastWatchedAt: (item) => new Date(item.lastWatchedAt),
  },

  WatchHistoryEntry: {
    title: (entry) => ({ id: entry.titleId }),
    watchedAt: (entry) => new Date(entry.watchedAt),
  },
};
