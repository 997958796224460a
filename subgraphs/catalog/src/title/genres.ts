/** The canonical genre enum (PRODUCT_SPEC §2), stored lower-case in Postgres and upper-case in GraphQL. */
export const GENRES = [
  'action', 'adventure', 'animation', 'comedy', 'crime', 'documentary', 'drama', 'family', 'fantasy',
  'history', 'horror', 'music', 'mystery', 'romance', 'science_fiction', 'thriller', 'war', 'western',
] as const;
export type Genre = (typeof GENRES)[number];

const GENRE_SET: ReadonlySet<string> = new Set(GENRES);
export function isGenre(value: string): value is Genre {
  return GENRE_SET.has(value);
}

/** The internal value of the GraphQL `Genre` enum (resolvers see the lower-case canonical genre). */
export type GenreEnum = Genre;
