import type { Resolvers } from '../generated/resolvers.js';
import { badUserInput } from '../errors.js';
import { parseRegion } from '@media-gateway/events';

const MAX_SIMILAR = 50;

/** Discovery's fields on the catalog's `Title`. */
export const titleResolvers: Resolvers = {
  Title: {
    __resolveReference: (reference) => ({ id: reference.id }),
    similar: async (title, { first, region }, ctx) => {
      const count = first ?? 10;
      const problems: string[] = [];
      if (!Number.isInteger(count) || count < 1 || count > MAX_SIMILAR) problems.push(`first must be between 1 and ${MAX_SIMILAR}, got ${count}`);
      const where = parseRegion(region ?? 'US');
      if (where === null) problems.push(`region must be an ISO 3166-1 alpha-2 code such as "US", got ${JSON.stringify(region)}`);
      if (problems.length > 0) throw badUserInput(problems);
      const { hits, warnings } = await ctx.engine.similar(title.id, count, where!);
      ctx.warnings.push(...warnings);
      return hits;
    },
  },
};
