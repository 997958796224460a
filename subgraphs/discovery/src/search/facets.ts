import { isAvailableAt, offerReaches } from '../ranking/applyFilters.js';
import type { SearchCandidate } from '../ranking/SearchCandidate.js';
import { GENRE_LABELS, normalizeGenre, type Genre } from '../vocabulary/genres.js';
import { platformName } from '../vocabulary/platforms.js';

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface SearchFacets {
  genres: FacetCount[];
  platforms: FacetCount[];
  decades: FacetCount[];
  ratings: FacetCount[];
}

/** Average-rating buckets, best first; a rating on a boundary belongs to the higher bucket. */
const RATING_BUCKETS = [
  { value: '8-10', label: '8 and up', min: 8 },
  { value: '6-8', label: '6 to 8', min: 6 },
  { value: '4-6', label: '4 to 6', min: 4 },
  { value: '0-4', label: 'under 4', min: 0 },
] as const;
const UNRATED = { value: 'unrated', label: 'not rated' } as const;

/**
 * Facet counts over every result of a search (PRODUCT_SPEC §4: genres, platforms, release year bucketed, rating
 * bucketed). A title counts once per genre it has and once per platform with an offer available now in the region,
 * so a facet's counts may sum to more than the results. Largest first; decades newest first.
 */
export function facetsOf(candidates: readonly SearchCandidate[], region: string, now: Date): SearchFacets {
  const genres = new Map<Genre, number>();
  const platforms = new Map<string, number>();
  const decades = new Map<number, number>();
  const ratings = new Map<string, number>();
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

  for (const candidate of candidates) {
    for (const genre of new Set(candidate.genres.map((g) => normalizeGenre(g)))) if (genre) bump(genres, genre);
    const onPlatforms = new Set(candidate.offers.filter((o) => offerReaches(o, region) && isAvailableAt(o, now)).map((o) => o.platform));
    for (const platform of onPlatforms) bump(platforms, platform);
    if (candidate.releaseYear !== null) bump(decades, Math.floor(candidate.releaseYear / 10) * 10);
    const rating = candidate.averageRating;
    bump(ratings, rating === null ? UNRATED.value : (RATING_BUCKETS.find((b) => rating >= b.min) ?? RATING_BUCKETS[3]).value);
  }

  const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  return {
    genres: [...genres].map(([genre, count]) => ({ value: genre.toUpperCase(), label: GENRE_LABELS[genre], count })).sort(byCount),
    platforms: [...platforms].map(([id, count]) => ({ value: id, label: platformName(id), count })).sort(byCount),
    decades: [...decades].sort((a, b) => b[0] - a[0]).map(([decade, count]) => ({ value: String(decade), label: `${decade}s`, count })),
    ratings: [...RATING_BUCKETS, UNRATED].flatMap((b) => (ratings.has(b.value) ? [{ value: b.value, label: b.label, count: ratings.get(b.value)! }] : [])),
  };
}
