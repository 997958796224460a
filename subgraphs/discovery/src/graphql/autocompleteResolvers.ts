import type { Resolvers } from '../generated/resolvers.js';
import { badUserInput } from '../errors.js';
import { cleanSearchText } from '../store/cleanSearchText.js';
import { isGenre } from '../vocabulary/genres.js';

/** PRODUCT_SPEC §4: autocomplete triggers after 2 characters and answers 10 by default. */
const MIN_PREFIX = 2;
const MAX_FIRST = 20;
const MAX_PREFIX = 100;

export const autocompleteResolvers: Resolvers = {
  Query: {
    autocomplete: async (_, { prefix, first }, ctx) => {
      const count = first ?? 10;
      const problems: string[] = [];
      if (!Number.isInteger(count) || count < 1 || count > MAX_FIRST) problems.push(`first must be between 1 and ${MAX_FIRST}, got ${count}`);
      if (Array.from(prefix).length > MAX_PREFIX) problems.push(`prefix must be at most ${MAX_PREFIX} characters`);
      if (problems.length > 0) throw badUserInput(problems);
      const clean = cleanSearchText(prefix);
      if (Array.from(clean).length < MIN_PREFIX) return [];
      return ctx.store.autocomplete(clean, count);
    },
  },

  AutocompleteSuggestion: {
    title: (suggestion) => (suggestion.titleId ? { id: suggestion.titleId } : null),
    genre: (suggestion) => (suggestion.genre !== null && isGenre(suggestion.genre) ? suggestion.genre : null),
  },
};
