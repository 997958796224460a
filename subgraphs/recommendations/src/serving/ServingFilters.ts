import type { CatalogEntry } from '../catalog/CatalogEntry.js';

/** What a list must respect: where the viewer is and the profile's parental controls (§5 "apply … region"). */
export interface ServingFilters {
  /** Upper-case ISO 3166-1 alpha-2; only titles with an offer there pass. */
  region: string;
  /** Highest rating rank allowed (G 0 … NC-17 4); null for no limit. An unrated title fails any limit. */
  maxRatingRank: number | null;
  /** Lower-case genre ids never shown. */
  blockedGenres: readonly string[];
}

/** Why an item may not be shown, or null when it may. */
export function filterReason(item: Pick<CatalogEntry, 'regions' | 'ratingLevel' | 'genres'>, filters: ServingFilters): 'REGION' | 'RATING' | 'GENRE' | null {
  if (item.regions && !item.regions.includes(filters.region)) return 'REGION';
  if (filters.maxRatingRank !== null && (item.ratingLevel === null || item.ratingLevel > filters.maxRatingRank)) return 'RATING';
  if (filters.blockedGenres.length > 0 && item.genres.some((genre) => filters.blockedGenres.includes(genre))) return 'GENRE';
  return null;
}

/**
 * The indices no source may propose: titles the filters refuse, plus `also` (watched and dismissed ones). Passed as
 * every source's `exclude`, so filtering happens before ranking and a short list is never padded with refused titles.
 */
export function excludedIndices(items: ReadonlyArray<Pick<CatalogEntry, 'regions' | 'ratingLevel' | 'genres'>>, filters: ServingFilters, also: Iterable<number> = []): Set<number> {
  const excluded = new Set(also);
  items.forEach((item, index) => {
    if (filterReason(item, filters) !== null) excluded.add(index);
  });
  return excluded;
}
