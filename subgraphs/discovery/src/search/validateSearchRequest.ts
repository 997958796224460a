import { parseRegion } from '@media-gateway/events';
import { validateSearchFilters } from '../ranking/validateSearchFilters.js';
import { SEARCH_LIMITS, SEARCH_STRATEGIES, type SearchRequest } from './SearchRequest.js';

/**
 * Every problem with a search request, empty when it can run (collected so one BAD_USER_INPUT lists them all).
 * Control characters are not a problem: they are replaced when the text is cleaned. The cursor is checked by the
 * engine, which knows the request it must belong to.
 */
export function validateSearchRequest(request: SearchRequest): string[] {
  const problems: string[] = [];
  const length = Array.from(request.query).length;
  if (length > SEARCH_LIMITS.maxQueryLength) problems.push(`query must be at most ${SEARCH_LIMITS.maxQueryLength} characters, got ${length}`);
  if (!Number.isInteger(request.first) || request.first < 1 || request.first > SEARCH_LIMITS.maxFirst) {
    problems.push(`first must be between 1 and ${SEARCH_LIMITS.maxFirst}, got ${request.first}`);
  }
  if (parseRegion(request.region) === null || request.region.trim().length !== 2) {
    problems.push(`region must be an ISO 3166-1 alpha-2 code such as "US", got ${JSON.stringify(request.region)}`);
  }
  if (!(SEARCH_STRATEGIES as readonly string[]).includes(request.strategy)) problems.push(`unknown strategy ${JSON.stringify(request.strategy)}`);
  problems.push(...validateSearchFilters(request.filters));
  return problems;
}
