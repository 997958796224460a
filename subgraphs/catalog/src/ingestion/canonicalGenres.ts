import { GENRES, type Genre } from '../title/genres.js';

/** §2 allows at most five genres per title. */
export const MAX_GENRES = 5;

/**
 * Deduplicates genres into the order of the §2 enum and keeps the first five. A fixed order makes merged records
 * compare equal however their sources listed them, and keeps re-imports from producing spurious changes.
 */
export function canonicalGenres(genres: Iterable<Genre>): Genre[] {
  const present = new Set(genres);
  return GENRES.filter((g) => present.has(g)).slice(0, MAX_GENRES);
}
