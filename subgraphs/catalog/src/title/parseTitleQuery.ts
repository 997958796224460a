import type { Genre } from './genres.js';
import { decodeCursor, type TitleOrder } from './cursor.js';
import type { OfferCondition, TitleQuery } from './TitleQuery.js';
import type { AvailabilityType, ContentType } from '../ingestion/types.js';
import { parseRegion } from '@media-gateway/events';

export const MAX_PAGE_SIZE = 100;
const MAX_LIST_FILTER = 50;

/** The `titles` arguments as GraphQL hands them over (enum values already mapped to internal values). */
export interface TitlesArgs {
  filter?: {
    genres?: Genre[] | null;
    contentTypes?: ContentType[] | null;
    releaseYear?: { min?: number | null; max?: number | null } | null;
    averageRating?: { min?: number | null; max?: number | null } | null;
    maxContentRating?: number | null;
    maxRuntimeMinutes?: number | null;
    platforms?: string[] | null;
    availabilityTypes?: AvailabilityType[] | null;
    region?: string | null;
  } | null;
  orderBy?: TitleOrder | null;
  first?: number | null;
  after?: string | null;
}

export type ParseResult = { ok: true; query: TitleQuery; problems?: undefined } | { ok: false; problems: string[]; query?: undefined };

/**
 * Validates every argument and reports all problems together, so nothing reaches the database unless the whole
 * request is well-formed. `knownPlatform` decides which platform ids exist.
 */
export function parseTitleQuery(args: TitlesArgs, knownPlatform: (id: string) => boolean): ParseResult {
  const problems: string[] = [];
  const filter = args.filter ?? {};
  const order = args.orderBy ?? 'POPULARITY';
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    problems.push(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`);
  }

  let after = null;
  if (args.after != null) {
    after = decodeCursor(args.after, order);
    if (!after) problems.push('after is not a cursor from this connection with this orderBy');
  }

  const query: TitleQuery = { order, first, after };
  const list = <T>(name: string, values: T[] | null | undefined): T[] | undefined => {
    if (values == null) return undefined;
    if (values.length === 0) problems.push(`filter.${name} must not be empty when given`);
    if (values.length > MAX_LIST_FILTER) problems.push(`filter.${name} accepts at most ${MAX_LIST_FILTER} values`);
    return [...new Set(values)];
  };

  query.genres = list('genres', filter.genres);
  query.contentTypes = list('contentTypes', filter.contentTypes);
  query.releaseYear = range('releaseYear', filter.releaseYear, 1870, 2100, problems);
  query.averageRating = range('averageRating', filter.averageRating, 0, 10, problems);
  if (filter.maxContentRating != null) query.maxRatingRank = filter.maxContentRating;
  if (filter.maxRuntimeMinutes != null) {
    if (!Number.isInteger(filter.maxRuntimeMinutes) || filter.maxRuntimeMinutes < 1) {
      problems.push(`filter.maxRuntimeMinutes must be a positive number of minutes, got ${filter.maxRuntimeMinutes}`);
    }
    query.maxRuntimeMinutes = filter.maxRuntimeMinutes;
  }

  const offer: OfferCondition = {};
  const platforms = list('platforms', filter.platforms);
  if (platforms) {
    const unknown = platforms.filter((id) => !knownPlatform(id));
    if (unknown.length > 0) problems.push(`filter.platforms has unknown platform ids: ${unknown.join(', ')}`);
    offer.platforms = platforms;
  }
  const availabilityTypes = list('availabilityTypes', filter.availabilityTypes);
  if (availabilityTypes) offer.availabilityTypes = availabilityTypes;
  if (filter.region != null) {
    const region = parseRegion(filter.region);
    if (!region) problems.push(`filter.region must be an ISO 3166-1 alpha-2 code such as "US", got ${JSON.stringify(filter.region)}`);
    else offer.region = region;
  }
  if (Object.keys(offer).length > 0) query.offer = offer;

  return problems.length > 0 ? { ok: false, problems } : { ok: true, query };
}

function range(
  name: string,
  input: { min?: number | null; max?: number | null } | null | undefined,
  lowest: number,
  highest: number,
  problems: string[],
): { min?: number; max?: number } | undefined {
  if (input == null) return undefined;
  const result: { min?: number; max?: number } = {};
  for (const bound of ['min', 'max'] as const) {
    const value = input[bound];
    if (value == null) continue;
    if (!Number.isFinite(value) || value < lowest || value > highest) {
      problems.push(`filter.${name}.${bound} must be between ${lowest} and ${highest}, got ${value}`);
    }
    result[bound] = value;
  }
  if (result.min !== undefined && result.max !== undefined && result.min > result.max) {
    problems.push(`filter.${name}.min must not exceed max`);
  }
  return result.min === undefined && result.max === undefined ? undefined : result;
}
