import type { Genre } from '../../vocabulary/genres.js';
import type { Mood } from '../data/moods.js';
import { LEXICON } from '../lexicon.js';
import { readTerm } from './matchLexicon.js';
import type { IntentEffect, Rule, RuleContext, RuleMatch } from './Rule.js';

/**
 * "not horror", "no romance or gore", "non-violent", "without anything scary": excluded genres and moods (content
 * types are not excluded: "not a movie" is rare and better left to the text). "not for kids" drops the audience
 * limit it would otherwise set, so the negation is consumed with it.
 */
export const matchNegation: Rule = (context, i) => {
  const { tokens } = context;
  const compound = readNonCompound(context, i);
  if (compound) return compound;

  const negation = LEXICON.negations.match(tokens, i);
  if (!negation) return null;
  let next = i + negation.length;
  if (['anything', 'any', 'too'].includes(tokens[next]?.norm ?? '')) next++;

  const audience = LEXICON.audience.match(tokens, next);
  if (audience) return { length: next + audience.length - i, label: 'audience', effect: {} };

  const excludedGenres: Genre[] = [];
  const excludedMoods: Mood[] = [];
  let any = false;
  for (;;) {
    const term = readTerm(context, next);
    if (!term || (term.genres.length === 0 && term.moods.length === 0)) break;
    excludedGenres.push(...term.genres);
    excludedMoods.push(...term.moods);
    next += term.length;
    any = true;
    // "no horror or gore", "not horror nor comedy"
    if (!LEXICON.listJoiners.match(tokens, next)) break;
    const after = readTerm(context, next + 1);
    if (!after || (after.genres.length === 0 && after.moods.length === 0)) break;
    next++;
  }
  if (!any) return null;
  return { length: next - i, label: excludedGenres.length > 0 ? 'excludedGenre' : 'excludedMood', effect: effectOf(excludedGenres, excludedMoods) };
};

/** "non-horror", "nonviolent": the prefix and the term in one token. */
function readNonCompound(context: RuleContext, i: number): RuleMatch | null {
  const token = context.tokens[i];
  if (!token || token.kind !== 'word' || !token.norm.startsWith('non') || token.norm.length <= 5) return null;
  const rest = token.norm.slice(3);
  const genre = LEXICON.genres.get(rest);
  const mood = LEXICON.moods.get(rest);
  if (!genre && mood === undefined) return null;
  const genres = genre ? genre.genres : [];
  const moods = mood !== undefined ? [mood] : (genre?.moods ?? []);
  return { length: 1, label: genres.length > 0 ? 'excludedGenre' : 'excludedMood', effect: effectOf(genres, moods) };
}

function effectOf(excludedGenres: readonly Genre[], excludedMoods: readonly Mood[]): IntentEffect {
  const effect: IntentEffect = {};
  if (excludedGenres.length > 0) effect.excludedGenres = excludedGenres;
  if (excludedMoods.length > 0) effect.excludedMoods = excludedMoods;
  return effect;
}
