import { isAllRuleWords } from '../lexicon.js';
import type { Rule } from './Rule.js';

/**
 * A title the vocabulary knows, of two words or more, named without a trigger: "the dark knight", "free solo". It
 * stays in the text query untouched, so its words do not become a mood ("dark") or an availability ("free").
 * One-word titles ("Heat", "Dark") are too easily ordinary words to protect.
 */
export const matchKnownTitle: Rule = (context, i) => {
  const found = context.vocabulary.titles.match(context.tokens, i, {
    minLength: 2,
    accept: (_, length) => !isAllRuleWords(context.tokens, i, length),
  });
  return found ? { length: found.length, label: 'title', effect: {} } : null;
};
