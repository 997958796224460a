/**
 * The MPAA scale as the identity schema spells it (GraphQL enum values cannot contain '-'), least to most
 * restrictive. The rank matches the catalog's `ratingRank` (G 0 … NC-17 4), which is what other subgraphs filter on.
 */
export const CONTENT_RATINGS = ['G', 'PG', 'PG_13', 'R', 'NC_17'] as const;
export type ContentRating = (typeof CONTENT_RATINGS)[number];

const RATING_SET: ReadonlySet<string> = new Set(CONTENT_RATINGS);

export function isContentRating(value: unknown): value is ContentRating {
  return typeof value === 'string' && RATING_SET.has(value);
}

/** Position on the MPAA scale: G 0, PG 1, PG_13 2, R 3, NC_17 4. */
export function ratingRank(rating: ContentRating): number {
  return CONTENT_RATINGS.indexOf(rating);
}
