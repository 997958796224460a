/**
 * The canonical genres (PRODUCT_SPEC §2) as the catalog stores them and its events carry them: lower-case ids, with
 * the GraphQL enum value upper-case (`SCIENCE_FICTION` ↔ `science_fiction`). Part of the catalog's published
 * contract, so the catalog and every read model of its titles share one list.
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
