import type { Resolvers } from '../generated/resolvers.js';
import { discoveryError } from '../errors.js';
import { runSearch } from './runSearch.js';
import { toSearchRequest } from './toSearchRequest.js';

/** `Query.search`, `Profile.search` and the types of their answer. */
export const searchResolvers: Resolvers = {
  Query: {
    search: (_, args, ctx) => runSearch(ctx, () => ctx.engine.search(toSearchRequest(args, null))),
  },

  Profile: {
    // The router sends the key with what `@requires` asked identity for; identity only resolves owned profiles.
    __resolveReference: (reference) => reference,
    search: (profile, args, ctx) => {
      const restrictions = profile.contentRestrictions;
      // Without the restrictions the profile cannot be searched safely; refuse rather than search unrestricted.
      if (!restrictions) throw discoveryError('FORBIDDEN', 'the profile\'s content restrictions are unavailable');
      const request = toSearchRequest(args, { maxContentRating: restrictions.maxContentRating ?? null, blockedGenres: restrictions.blockedGenres });
      return runSearch(ctx, () => (restrictions.viewingAllowedNow ? ctx.engine.search(request) : ctx.engine.nothing(request)));
    },
  },

  SearchHit: {
    title: (hit) => ({ id: hit.titleId }),
  },

  ScoreBreakdown: {
    popularity: (breakdown) => breakdown.popularity,
  },

  RetrieverScore: {
    retriever: (score) => score.retriever.toUpperCase() as 'VECTOR' | 'KEYWORD' | 'GRAPH',
  },

  ParsedQuery: {
    runtimeMinutes: (intent) => intent.runtime,
  },

  SpellingCorrection: {
    edits: (correction) => correction.corrections,
  },
};
