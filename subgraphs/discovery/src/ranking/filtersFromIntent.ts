import type { ParsedIntent } from '../intent/ParsedIntent.js';
import type { SearchFilters } from './SearchFilters.js';

/**
 * The hard filters a parsed query implies, merged over the request's explicit filters (explicit ones win: a client
 * that sets `genres` has said exactly what it wants). Moods, people and references are not filters; they steer
 * retrieval and ranking. The region is the query's ("in the UK") or else the request's.
 */
export function filtersFromIntent(intent: ParsedIntent, explicit: SearchFilters = {}): SearchFilters {
  const filters: SearchFilters = {};
  if (intent.genres.length > 0) filters.genres = intent.genres;
  if (intent.excludedGenres.length > 0) filters.excludedGenres = intent.excludedGenres;
  if (intent.contentTypes.length > 0) filters.contentTypes = intent.contentTypes;
  if (intent.yearRange) filters.yearRange = intent.yearRange;
  if (intent.runtime) filters.runtime = intent.runtime;
  if (intent.platforms.length > 0) filters.platforms = intent.platforms;
  if (intent.availabilityTypes.length > 0) filters.availabilityTypes = intent.availabilityTypes;
  if (intent.maxContentRating) filters.maxContentRating = intent.maxContentRating;
  if (intent.region) filters.region = intent.region;
  const merged: SearchFilters = { ...filters };
  for (const [key, value] of Object.entries(explicit)) {
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  // A region named in the query is more specific than the caller's default region.
  if (intent.region) merged.region = intent.region;
  return merged;
}
