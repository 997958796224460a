/** The MPAA scale from least to most restrictive, as the GraphQL `ContentRatingLevel` enum spells it (G 0 … NC_17 4). */
export const CONTENT_RATING_LEVELS = ['G', 'PG', 'PG_13', 'R', 'NC_17'] as const;
export type ContentRatingLevel = (typeof CONTENT_RATING_LEVELS)[number];

const BY_COMPACT: ReadonlyMap<string, number> = new Map(CONTENT_RATING_LEVELS.map((level, rank) => [level.replace('_', ''), rank]));

/**
 * The rank (G 0 … NC-17 4) of a rating as a catalog document spells it ("PG-13"), or null. "Not Rated" and
 * "Unrated" are null on purpose, as in the catalog and discovery: they say nothing about age, so an unrated title
 * fails any limit.
 */
export function ratingLevel(raw: string | null | undefined): number | null {
  if (typeof raw !== 'string') return null;
  const compact = raw.replace(/^\s*rated\s+/i, '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  return BY_COMPACT.get(compact) ?? null;
}

/** The rank of a `ContentRatingLevel` limit, or null for none. */
export function limitRank(level: ContentRatingLevel | null | undefined): number | null {
  return level ? CONTENT_RATING_LEVELS.indexOf(level) : null;
}
