import { LEXICON } from '../lexicon.js';
import type { Rule } from './Rule.js';

/**
 * A request for recommendations at the start of the query (§4: "what…"/"suggest" → recommendation). Trivia ("who
 * directed Heat") is recognised by `parseIntent` without consuming anything: its words are the question.
 */
export const matchRecommendationStart: Rule = (context, i) => {
  if (i !== 0) return null;
  const found = LEXICON.recommendationStarts.match(context.tokens, i);
  return found ? { length: found.length, label: 'kind', effect: { kind: 'recommendation' } } : null;
};
