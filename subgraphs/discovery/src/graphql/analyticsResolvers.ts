import { hasScopes } from '@media-gateway/auth';
import type { Resolvers } from '../generated/resolvers.js';
import { badUserInput, discoveryError } from '../errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_FIRST = 100;

/** Admin-only search analytics; the router checks the scope too, this holds when a subgraph is called directly. */
export const analyticsResolvers: Resolvers = {
  Query: {
    searchAnalytics: async (_, { since, first }, ctx) => {
      const identity = await ctx.identity();
      if (identity.kind === 'anonymous') throw discoveryError('UNAUTHENTICATED', 'search analytics need a signed-in admin');
      if (!hasScopes(identity.scopes, [['admin:analytics']])) throw discoveryError('FORBIDDEN', 'search analytics need the admin:analytics scope');
      const limit = first ?? 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FIRST) throw badUserInput([`first must be between 1 and ${MAX_FIRST}, got ${limit}`]);
      return ctx.analytics.summary({ since: since ?? new Date(Date.now() - DAY_MS), limit });
    },
  },
};
