/** The MPAA scale from least to most restrictive (PRODUCT_SPEC §2 ContentRating). */
export const MPAA_RATINGS = ['G', 'PG', 'PG-13', 'R', 'NC-17'] as const;
export type MpaaRating = (typeof MPAA_RATINGS)[number];

/** §2: MPAA minimum ages G/PG 0, PG-13 13, R 17, NC-17 18. */
export const MPAA_MINIMUM_AGE: Readonly<Record<MpaaRating, number>> = Object.freeze({
  G: 0,
  PG: 0,
  'PG-13': 13,
  R: 17,
  'NC-17': 18,
});

// Sources spell ratings loosely: "pg13", "Rated R", "NC 17". Compare on letters and digits only.
const BY_COMPACT: ReadonlyMap<string, MpaaRating> = new Map(MPAA_RATINGS.map((r) => [compact(r), r]));

/**
 * The canonical MPAA rating for a source value, or null when it is not a rating on the scale. "Not Rated",
 * "Unrated" and "Open" are null on purpose: they say nothing about age, so parental controls must not treat
 * them as any step of the scale.
 */
export function normalizeMpaaRating(raw: unknown): MpaaRating | null {
  if (typeof raw !== 'string') return null;
  const key = compact(raw.replace(/^\s*rated\s+/i, ''));
  return BY_COMPACT.get(key) ?? null;
}

/** Position on the MPAA scale: G 0 … NC-17 4; null when the value is not a rating on the scale. */
export function ratingRank(rating: string): number | null {
  const canonical = normalizeMpaaRating(rating);
  return canonical === null ? null : MPAA_RATINGS.indexOf(canonical);
}

/** The youngest viewer age the rating allows, or null when the value is not a rating on the scale. */
export function minimumAge(rating: string): number | null {
  const canonical = normalizeMpaaRating(rating);
  return canonical === null ? null : MPAA_MINIMUM_AGE[canonical];
}

function compact(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The internal value of the GraphQL `ContentRatingLevel` enum: the rating's rank on the MPAA scale. */
export type RatingLevelEnum = 0 | 1 | 2 | 3 | 4;
