import { isGenre, type Genre } from '@media-gateway/events';

// The canonical genres are the catalog's published contract (libs/events): one list for producer and read models.
export { GENRES, isGenre } from '@media-gateway/events';
export type { Genre } from '@media-gateway/events';

/** How a genre reads in a match reason ("genre: Science Fiction"). */
export const GENRE_LABELS: Readonly<Record<Genre, string>> = Object.freeze({
  action: 'Action',
  adventure: 'Adventure',
  animation: 'Animation',
  comedy: 'Comedy',
  crime: 'Crime',
  documentary: 'Documentary',
  drama: 'Drama',
  family: 'Family',
  fantasy: 'Fantasy',
  history: 'History',
  horror: 'Horror',
  music: 'Music',
  mystery: 'Mystery',
  romance: 'Romance',
  science_fiction: 'Science Fiction',
  thriller: 'Thriller',
  war: 'War',
  western: 'Western',
});

/**
 * The canonical genre for any spelling the neighbouring subgraphs use: the catalog's `science_fiction`, the GraphQL
 * enum's `SCIENCE_FICTION`, a label "Science Fiction" or "science-fiction". Identity stores blocked genres as free
 * text compared case-insensitively (§6), so restrictions arrive in any of these forms. Null when it is no genre.
 */
export function normalizeGenre(raw: string): Genre | null {
  const key = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return isGenre(key) ? key : null;
}
