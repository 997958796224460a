import { LEXICON } from '../lexicon.js';
import type { Rule } from './Rule.js';

/** "in the UK", "available in Canada", "in the US" (a bare "us" only in capitals: "movies for us" is no region). */
export const matchRegion: Rule = (context, i) => {
  const { tokens } = context;
  const prefix = LEXICON.regionPrefixes.match(tokens, i);
  if (!prefix) return null;
  const at = i + prefix.length;
  const found = LEXICON.regions.match(tokens, at);
  if (!found) return null;
  if (found.value.guarded) {
    const saidThe = tokens[at - 1]?.norm === 'the';
    const capitals = tokens[at]?.text === tokens[at]?.text.toUpperCase();
    if (!saidThe && !capitals) return null;
  }
  return { length: prefix.length + found.length, label: 'region', effect: { region: found.value.region } };
};
