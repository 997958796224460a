/**
 * The MPAA scale from least to most restrictive, spelled as the GraphQL `ContentRatingLevel` enum and identity's
 * `ContentRating` (`-` is not allowed in an enum value), so a resolver passes these through unchanged. The rank
 * (G 0 … NC-17 4) is the one the catalog and identity filter on.
 */
export const CONTENT_RATING_LEVELS = ['G', 'PG', 'PG_13', 'R', 'NC_17'] as const;
export type ContentRatingLevel = (typeof CONTENT_RATING_LEVELS)[number];

/** How a level reads to people ("PG-13"). */
export const CONTENT_RATING_LABELS: Readonly<Record<ContentRatingLevel, string>> = Object.freeze({
  G: 'G',
  PG: 'PG',
  PG_13: 'PG-13',
  R: 'R',
  NC_17: 'NC-17',
});

const BY_COMPACT: ReadonlyMap<string, ContentRatingLevel> = new Map(
  CONTENT_RATING_LEVELS.map((level) => [level.replace('_', ''), level]),
);

/**
 * The level for a rating as any source spells it ("PG-13", "pg13", "PG_13", "Rated R"), or null. "Not Rated" and
 * "Unrated" are null on purpose, as in the catalog: they say nothing about age, so a limit must not treat them as
 * a step of the scale.
 */
export function parseContentRating(raw: string | null | undefined): ContentRatingLevel | null {
  if (typeof raw !== 'string') return null;
  const compact = raw.replace(/^\s*rated\s+/i, '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  return BY_COMPACT.get(compact) ?? null;
}

/** Position on the scale: G 0 … NC_17 4. */
export function ratingRank(level: ContentRatingLevel): number {
  return CONTENT_RATING_LEVELS.indexOf(level);
}

/** The stricter of two limits, where null means "no limit". */
export function stricterRating(a: ContentRatingLevel | null, b: ContentRatingLevel | null): ContentRatingLevel | null {
  if (a === null) return b;
  if (b === null) return a;
  return ratingRank(a) <= ratingRank(b) ? a : b;
}
