import type { QuerySearchArgs, SearchFilter } from '../generated/resolvers.js';
import type { ContentRestrictions, SearchFilters } from '../ranking/SearchFilters.js';
import type { SearchRequest } from '../search/SearchRequest.js';

/** The GraphQL arguments as the engine takes them; validation is the engine's. */
export function toSearchRequest(args: QuerySearchArgs, restrictions: ContentRestrictions | null): SearchRequest {
  return {
    query: args.query ?? '',
    filters: toSearchFilters(args.filters ?? null),
    strategy: args.strategy ?? 'HYBRID',
    region: args.region ?? 'US',
    first: args.first ?? 20,
    after: args.after ?? null,
    restrictions,
  };
}

function toSearchFilters(input: SearchFilter | null): SearchFilters {
  if (!input) return {};
  const filters: SearchFilters = {};
  if (input.genres) filters.genres = input.genres;
  if (input.excludedGenres) filters.excludedGenres = input.excludedGenres;
  if (input.contentTypes) filters.contentTypes = input.contentTypes;
  if (input.releaseYear) filters.yearRange = { min: input.releaseYear.min ?? null, max: input.releaseYear.max ?? null };
  if (input.averageRating) filters.ratingRange = { min: input.averageRating.min ?? null, max: input.averageRating.max ?? null };
  if (input.maxRuntimeMinutes !== null && input.maxRuntimeMinutes !== undefined) filters.runtime = { min: null, max: input.maxRuntimeMinutes };
  if (input.platforms) filters.platforms = input.platforms;
  if (input.availabilityTypes) filters.availabilityTypes = input.availabilityTypes;
  if (input.maxContentRating) filters.maxContentRating = input.maxContentRating;
  if (input.blockedGenres) filters.blockedGenres = input.blockedGenres;
  return filters;
}
