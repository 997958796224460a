import type { ContentType } from '../../vocabulary/catalogTypes.js';
import type { Genre } from '../../vocabulary/genres.js';
import type { Mood } from '../data/moods.js';
import { LEXICON } from '../lexicon.js';
import type { IntentEffect, Rule, RuleContext } from './Rule.js';

/**
 * Genre, sub-genre, mood and content-type words: "sci-fi", "rom-com", "dark", "feel-good", "movies". The longest
 * phrase across the three lists wins, so "dark comedy" is a genre with a mood rather than the mood "dark" followed
 * by "comedy".
 */
export const matchLexicon: Rule = (context, i) => {
  const term = readTerm(context, i);
  if (!term) return null;
  const { length, genres, moods, contentTypes } = term;
  const effect: IntentEffect = {};
  if (genres.length > 0) effect.genres = genres;
  if (moods.length > 0) effect.moods = moods;
  if (contentTypes.length > 0) effect.contentTypes = contentTypes;
  const label = genres.length > 0 ? 'genre' : moods.length > 0 ? 'mood' : 'contentType';
  return { length, label, effect };
};

/** A genre, mood or content-type term at `i`, with everything it implies. */
export function readTerm(
  context: RuleContext,
  i: number,
): { length: number; genres: readonly Genre[]; moods: readonly Mood[]; contentTypes: readonly ContentType[] } | null {
  const { tokens } = context;
  const genre = LEXICON.genres.match(tokens, i);
  const mood = LEXICON.moods.match(tokens, i);
  const contentType = LEXICON.contentTypes.match(tokens, i);
  const length = Math.max(genre?.length ?? 0, mood?.length ?? 0, contentType?.length ?? 0);
  if (length === 0) return null;
  if (genre && genre.length === length) {
    const { genres, moods = [], contentTypes = [] } = genre.value;
    return { length, genres, moods, contentTypes };
  }
  if (mood && mood.length === length) return { length, genres: [], moods: [mood.value], contentTypes: [] };
  return { length, genres: [], moods: [], contentTypes: contentType ? [contentType.value] : [] };
}
