import { createHash } from 'node:crypto';
import type { Cache } from '@media-gateway/cache';
import type { ContentRestrictions, SearchFilters } from '../ranking/SearchFilters.js';
import type { SearchOutcome, SearchStrategy } from './SearchRequest.js';

/** Bump when the cached outcome's shape or the ranking changes, so old entries are never read as new ones. */
const ENTRY_VERSION = 1;
const GENERATION_KEY = 'discovery:search:generation';

export interface SearchCacheKeyInput {
  /** Already cleaned; compared case-insensitively. */
  text: string;
  filters: SearchFilters;
  region: string;
  restrictions: ContentRestrictions | null;
  strategy: SearchStrategy;
}

/**
 * Search outcomes keyed by SHA-256 of the normalised query, filters, region, parental restrictions and strategy
 * (PRODUCT_SPEC §4 "cache key = SHA-256 of query + filters + user": the profile's restrictions are what the user
 * changes about results), in the shared cache (Redis across replicas, memory embedded).
 *
 * Invalidation is by generation: every key includes a counter that `invalidate` increments when the catalogue
 * changes, so all earlier entries stop being read at once, on every replica, and expire on their own.
 */
export class SearchResultCache {
  constructor(
    private readonly cache: Cache,
    /** 0 turns the cache off. */
    private readonly ttlSeconds: number,
  ) {}

  get enabled(): boolean {
    return this.ttlSeconds > 0;
  }

  /** The current generation; 0 before the first invalidation. */
  async generation(): Promise<number> {
    return (await this.cache.get<number>(GENERATION_KEY)) ?? 0;
  }

  async get(key: string, generation: number): Promise<SearchOutcome | undefined> {
    if (!this.enabled) return undefined;
    return this.cache.get<SearchOutcome>(entryKey(key, generation));
  }

  async set(key: string, generation: number, outcome: SearchOutcome): Promise<void> {
    if (this.enabled) await this.cache.set(entryKey(key, generation), outcome, this.ttlSeconds);
  }

  /** Makes every cached outcome unreadable; returns the new generation. */
  invalidate(): Promise<number> {
    return this.cache.incr(GENERATION_KEY);
  }
}

/** The request's identity: equal for requests that must get the same outcome, whatever their spelling or order. */
export function searchCacheKey(input: SearchCacheKeyInput): string {
  const canonical = JSON.stringify([
    ENTRY_VERSION,
    input.text.toLowerCase(),
    canonicalFilters(input.filters),
    input.region.toUpperCase(),
    input.restrictions
      ? [input.restrictions.maxContentRating, [...input.restrictions.blockedGenres].map((g) => g.toLowerCase()).sort()]
      : null,
    input.strategy,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

function entryKey(key: string, generation: number): string {
  return `discovery:search:${generation}:${key}`;
}

/** Filters with keys sorted, lists sorted and empty values dropped: `{genres: [a, b]}` and `{genres: [b, a]}` agree. */
function canonicalFilters(filters: SearchFilters): unknown {
  const entries = Object.entries(filters)
    .filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => [key, Array.isArray(value) ? [...value].sort() : value] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return entries;
}
