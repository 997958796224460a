/**
 * The canonical genre enum (PRODUCT_SPEC §2), spelled as the catalog stores it: lower-case, with the GraphQL enum
 * value upper-case (`SCIENCE_FICTION` ↔ `science_fiction`). Discovery keeps its own copy because a subgraph never
 * imports another; the catalog's `genres.test.ts` and ours both pin the same 18 values.
 */
export const GENRES = [
  'action', 'adventure', 'animation', 'comedy', 'crime', 'documentary', 'drama', 'family', 'fantasy',
  'history', 'horror', 'music', 'mystery', 'romance', 'science_fiction', 'thriller', 'war', 'western',
] as const;
export type Genre = (typeof GENRES)[number];

const GENRE_SET: ReadonlySet<string> = new Set(GENRES);

export function isGenre(value: string): value is Genre {
  return GENRE_SET.has(value);
}

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
