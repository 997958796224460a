import { AVAILABILITY_TYPES, CONTENT_TYPES } from '../vocabulary/catalogTypes.js';
import { CONTENT_RATING_LEVELS } from '../vocabulary/contentRating.js';
import { isGenre } from '../vocabulary/genres.js';
import type { NumberRange } from '../intent/ParsedIntent.js';
import type { SearchFilters } from './SearchFilters.js';

/** §4: "At most 5 filters at once." */
export const MAX_FILTERS = 5;

/**
 * Every problem with a request's explicit filters, empty when they are fine (collected, not thrown, so a resolver
 * answers one BAD_USER_INPUT listing them all). `region` does not count towards the limit: it says where offers are
 * judged, not what to keep. Intent-derived filters are not checked here; the parser only produces valid ones.
 */
export function validateSearchFilters(filters: SearchFilters): string[] {
  const problems: string[] = [];
  const active = (Object.keys(filters) as (keyof SearchFilters)[]).filter((key) => {
    const value = filters[key];
    if (key === 'region' || value === undefined || value === null) return false;
    return !Array.isArray(value) || value.length > 0;
  });
  if (active.length > MAX_FILTERS) problems.push(`at most ${MAX_FILTERS} filters may be set at once, got ${active.length} (${active.join(', ')})`);

  for (const genre of [...(filters.genres ?? []), ...(filters.excludedGenres ?? [])]) {
    if (!isGenre(genre)) problems.push(`unknown genre ${JSON.stringify(genre)}`);
  }
  for (const type of filters.contentTypes ?? []) {
    if (!(CONTENT_TYPES as readonly string[]).includes(type)) problems.push(`unknown content type ${JSON.stringify(type)}`);
  }
  for (const type of filters.availabilityTypes ?? []) {
    if (!(AVAILABILITY_TYPES as readonly string[]).includes(type)) problems.push(`unknown availability type ${JSON.stringify(type)}`);
  }
  if (filters.maxContentRating !== undefined && !(CONTENT_RATING_LEVELS as readonly string[]).includes(filters.maxContentRating)) {
    problems.push(`unknown content rating ${JSON.stringify(filters.maxContentRating)}`);
  }
  checkRange('yearRange', filters.yearRange, 1870, 2100, problems);
  checkRange('ratingRange', filters.ratingRange, 0, 10, problems);
  checkRange('runtime', filters.runtime, 1, 1000, problems);
  return problems;
}

function checkRange(name: string, range: NumberRange | undefined, lowest: number, highest: number, problems: string[]): void {
  if (!range) return;
  for (const bound of ['min', 'max'] as const) {
    const value = range[bound];
    if (value !== null && (!Number.isFinite(value) || value < lowest || value > highest)) {
      problems.push(`${name}.${bound} must be between ${lowest} and ${highest}, got ${value}`);
    }
  }
  if (range.min !== null && range.max !== null && range.min > range.max) problems.push(`${name}.min must not exceed ${name}.max`);
}
