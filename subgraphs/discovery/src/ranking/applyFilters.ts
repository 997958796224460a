import { parseContentRating, ratingRank, stricterRating } from '../vocabulary/contentRating.js';
import { normalizeGenre } from '../vocabulary/genres.js';
import { platformById } from '../vocabulary/platforms.js';
import type { NumberRange } from '../intent/ParsedIntent.js';
import type { CandidateOffer, SearchCandidate } from './SearchCandidate.js';
import type { ContentRestrictions, SearchFilters } from './SearchFilters.js';

/** Why a candidate was filtered out; the first failing filter in this order is reported. */
export type FilterReason =
  | 'blockedGenre'
  | 'contentRating'
  | 'excludedGenre'
  | 'genre'
  | 'contentType'
  | 'year'
  | 'rating'
  | 'runtime'
  | 'availability';

export interface FilterResult<T extends SearchCandidate> {
  kept: T[];
  excluded: { id: string; reason: FilterReason }[];
}

export interface ApplyFiltersOptions {
  /** The caller's parental controls; combined with the request's own rating limit and blocked genres. */
  restrictions?: ContentRestrictions | null;
  /**
   * For offer windows: an offer counts while `availableFrom ≤ now ≤ expiresAt` (§2).
   * @default new Date()
   */
  now?: Date;
}

/**
 * Keeps the candidates that pass every filter, in their given order, and says why each other one failed.
 *
 * - Parental controls come first and are never relaxed: the stricter of the request's and the profile's rating
 *   limit applies, an unrated title fails any limit (as in the catalog: "Not Rated" says nothing about age), and a
 *   title with any blocked genre fails.
 * - A title with an unknown year or runtime fails a year or runtime filter: nothing says it qualifies.
 * - Platforms, availability types and region must hold for one and the same offer available now ("free on
 *   YouTube in the UK" is not "free somewhere, on YouTube elsewhere").
 */
export function applyFilters<T extends SearchCandidate>(
  candidates: readonly T[],
  filters: SearchFilters,
  options: ApplyFiltersOptions = {},
): FilterResult<T> {
  const now = options.now ?? new Date();
  const limit = stricterRating(filters.maxContentRating ?? null, options.restrictions?.maxContentRating ?? null);
  const blocked = genreKeys([...(filters.blockedGenres ?? []), ...(options.restrictions?.blockedGenres ?? [])]);
  const excludedGenres = genreKeys(filters.excludedGenres ?? []);
  const wantedGenres = genreKeys(filters.genres ?? []);

  const kept: T[] = [];
  const excluded: FilterResult<T>['excluded'] = [];
  for (const candidate of candidates) {
    const reason = failure(candidate);
    if (reason) excluded.push({ id: candidate.id, reason });
    else kept.push(candidate);
  }
  return { kept, excluded };

  function failure(candidate: T): FilterReason | null {
    const genres = genreKeys(candidate.genres);
    if (blocked.size > 0 && [...genres].some((g) => blocked.has(g))) return 'blockedGenre';
    if (limit !== null) {
      const rating = parseContentRating(candidate.contentRating);
      if (rating === null || ratingRank(rating) > ratingRank(limit)) return 'contentRating';
    }
    if (excludedGenres.size > 0 && [...genres].some((g) => excludedGenres.has(g))) return 'excludedGenre';
    if (wantedGenres.size > 0 && ![...genres].some((g) => wantedGenres.has(g))) return 'genre';
    if (filters.contentTypes?.length && !filters.contentTypes.includes(candidate.contentType)) return 'contentType';
    if (!inRange(candidate.releaseYear, filters.yearRange)) return 'year';
    if (!inRange(candidate.averageRating, filters.ratingRange)) return 'rating';
    if (!inRange(candidate.runtimeMinutes, filters.runtime)) return 'runtime';
    if (!hasOffer(candidate.offers, filters, now)) return 'availability';
    return null;
  }
}

/**
 * Whether one offer available now matches every offer filter. With no platform or availability filter there is
 * nothing to check: a region alone does not filter (§4 filters list platforms and availability, not region).
 */
export function hasOffer(offers: readonly CandidateOffer[], filters: SearchFilters, now: Date): boolean {
  const platforms = filters.platforms?.length ? new Set(filters.platforms) : null;
  const types = filters.availabilityTypes?.length ? new Set(filters.availabilityTypes) : null;
  if (!platforms && !types) return true;
  return offers.some(
    (offer) =>
      (!platforms || platforms.has(offer.platform)) &&
      (!types || types.has(offer.availabilityType)) &&
      (!filters.region || offerReaches(offer, filters.region)) &&
      isAvailableAt(offer, now),
  );
}

/** An offer with no regions reaches wherever its platform operates, which is everywhere for an unknown platform. */
export function offerReaches(offer: CandidateOffer, region: string): boolean {
  const wanted = region.toUpperCase();
  if (offer.regions.length > 0) return offer.regions.some((r) => r.toUpperCase() === wanted);
  const operates = platformById(offer.platform)?.regions ?? [];
  return operates.length === 0 || operates.includes(wanted);
}

export function isAvailableAt(offer: CandidateOffer, now: Date): boolean {
  const t = now.getTime();
  return (!offer.availableFrom || offer.availableFrom.getTime() <= t) && (!offer.expiresAt || t <= offer.expiresAt.getTime());
}

function inRange(value: number | null, range: NumberRange | undefined): boolean {
  if (!range || (range.min === null && range.max === null)) return true;
  if (value === null) return false;
  return (range.min === null || value >= range.min) && (range.max === null || value <= range.max);
}

/** Genres compared in one spelling: the canonical genre when there is one, else trimmed lower case. */
function genreKeys(values: readonly string[]): Set<string> {
  return new Set(values.map((v) => normalizeGenre(v) ?? v.trim().toLowerCase()));
}
