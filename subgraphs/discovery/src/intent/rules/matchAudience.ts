import { LEXICON } from '../lexicon.js';
import type { Rule } from './Rule.js';

/** "for kids" → PG, "for teens" → PG-13, "rated R", "pg-13" (see `audienceTerms.ts`). */
export const matchAudience: Rule = (context, i) => {
  const found = LEXICON.audience.match(context.tokens, i);
  return found ? { length: found.length, label: 'audience', effect: { maxContentRating: found.value } } : null;
};
