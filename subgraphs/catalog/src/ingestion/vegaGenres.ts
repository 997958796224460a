import type { Genre } from '../title/genres.js';
import { canonicalGenres } from './canonicalGenres.js';

/** vega-datasets movies "Major Genre" → canonical genres (§3 genre mapping: the generic key of this source). */
const MAJOR_GENRE: Readonly<Record<string, readonly Genre[]>> = {
  Action: ['action'],
  Adventure: ['adventure'],
  'Black Comedy': ['comedy'],
  Comedy: ['comedy'],
  'Concert/Performance': ['music', 'documentary'],
  Documentary: ['documentary'],
  Drama: ['drama'],
  Horror: ['horror'],
  Musical: ['music'],
  'Romantic Comedy': ['romance', 'comedy'],
  'Thriller/Suspense': ['thriller'],
  Western: ['western'],
};

/**
 * "Creative Type" describes the story world rather than the genre; only the values that imply a genre map.
 * "Contemporary Fiction", "Dramatization" and "Multiple Creative Types" add nothing.
 */
const CREATIVE_TYPE: Readonly<Record<string, readonly Genre[]>> = {
  'Science Fiction': ['science_fiction'],
  Fantasy: ['fantasy'],
  'Historical Fiction': ['history'],
  'Kids Fiction': ['family'],
  'Super Hero': ['action'],
  Factual: ['documentary'],
};

/** Canonical genres for a vega movie: deduplicated, in enum order, at most five. Unknown values add nothing. */
export function vegaGenres(majorGenre: unknown, creativeType: unknown): Genre[] {
  const lookup = (table: Readonly<Record<string, readonly Genre[]>>, key: unknown): readonly Genre[] =>
    typeof key === 'string' && Object.hasOwn(table, key) ? (table[key] ?? []) : [];
  return canonicalGenres([...lookup(MAJOR_GENRE, majorGenre), ...lookup(CREATIVE_TYPE, creativeType)]);
}
