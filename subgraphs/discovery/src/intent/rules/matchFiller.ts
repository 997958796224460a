import { LEXICON } from '../lexicon.js';
import type { Rule } from './Rule.js';

/** "show me", "something", "i want to watch": consumed, never part of the text query. */
export const matchFiller: Rule = (context, i) => {
  const found = LEXICON.fillers.match(context.tokens, i);
  return found ? { length: found.length, label: 'filler', effect: {} } : null;
};
