import type { Resolvers } from '../generated/resolvers.js';
import { badUserInput, recommendationsError } from '../errors.js';
import { InputProblems } from './InputProblems.js';
import { requireUser } from './requireUser.js';

/** Most items one list or related-titles answer holds. */
export const MAX_FIRST = 50;

/** `Profile.recommendations`, `Title.becauseYouWatched`, `rateTitle`, `dismissRecommendation`. */
export const recommendationResolvers: Resolvers = {
  Profile: {
    // The router sends the key with what `@requires` asked identity for; identity only resolves owned profiles.
    __resolveReference: (reference) => reference,
    recommendations: async (profile, args, ctx) => {
      const userId = requireUser(ctx.identity);
      const check = new InputProblems();
      const profileId = check.uuid('profileId', profile.id);
      const first = check.integer('first', args.first, 1, MAX_FIRST);
      const region = check.region('context.region', args.context?.region ?? 'US');
      const hour = args.context?.hour == null ? new Date(ctx.now()).getUTCHours() : check.integer('context.hour', args.context.hour, 0, 23);
      if (check.problems.length > 0) throw badUserInput(check.problems);
      const restrictions = profile.contentRestrictions;
      // Without the restrictions the profile cannot be served safely; refuse rather than recommend unrestricted.
      if (!restrictions) throw recommendationsError('FORBIDDEN', 'the profile\'s content restrictions are unavailable');
      return ctx.engine.recommendations({
        userId,
        profileId,
        restrictions: {
          maxContentRating: restrictions.maxContentRating ?? null,
          blockedGenres: restrictions.blockedGenres,
          viewingAllowedNow: restrictions.viewingAllowedNow,
        },
        region,
        hour,
        ...(args.context?.device ? { device: args.context.device } : {}),
        first,
      });
    },
  },

  Title: {
    __resolveReference: (reference) => ({ id: reference.id }),
    becauseYouWatched: (title, args, ctx) => {
      const check = new InputProblems();
      const first = check.integer('first', args.first, 1, MAX_FIRST);
      const region = check.region('region', args.region);
      if (check.problems.length > 0) throw badUserInput(check.problems);
      return ctx.engine.related(title.id.toLowerCase(), first, region);
    },
  },

  Recommendation: {
    title: (item) => ({ id: item.titleId }),
    reason: (item) => item.explanation,
    basedOn: (item) => item.basedOn.map((id) => ({ id })),
  },

  RecommendationList: {
    generatedAt: (list) => list.generatedAt,
  },

  Mutation: {
    rateTitle: async (_, args, ctx) => {
      const userId = requireUser(ctx.identity);
      const check = new InputProblems();
      const profileId = check.uuid('profileId', args.profileId);
      const titleId = check.uuid('titleId', args.titleId);
      const rating = check.integer('rating', args.rating, 1, 5);
      if (check.problems.length > 0) throw badUserInput(check.problems);
      return ctx.engine.record({ userId, profileId, titleId, kind: 'RATING', rating, at: ctx.now() });
    },
    dismissRecommendation: async (_, args, ctx) => {
      const userId = requireUser(ctx.identity);
      const check = new InputProblems();
      const profileId = check.uuid('profileId', args.profileId);
      const titleId = check.uuid('titleId', args.titleId);
      if (check.problems.length > 0) throw badUserInput(check.problems);
      return ctx.engine.record({ userId, profileId, titleId, kind: 'DISMISSAL', at: ctx.now() });
    },
  },
};
