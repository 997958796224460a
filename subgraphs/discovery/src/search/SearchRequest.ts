import type { ParsedIntent } from '../intent/ParsedIntent.js';
import type { MatchReason } from '../ranking/MatchReason.js';
import type { ScoreBreakdown } from '../ranking/rankCandidates.js';
import type { ContentRestrictions, SearchFilters } from '../ranking/SearchFilters.js';
import type { SpellCorrection } from '../spelling/SpellingTerm.js';
import type { SearchFacets } from './facets.js';

export const SEARCH_STRATEGIES = ['HYBRID', 'VECTOR', 'KEYWORD', 'GRAPH'] as const;
export type SearchStrategy = (typeof SEARCH_STRATEGIES)[number];

/** A search as the API receives it, before validation. */
export interface SearchRequest {
  query: string;
  /** The caller's explicit filters (at most 5, PRODUCT_SPEC §4); the query's own structure is added to them. */
  filters: SearchFilters;
  strategy: SearchStrategy;
  /** ISO 3166-1 alpha-2: where offers are judged. */
  region: string;
  first: number;
  after: string | null;
  /** The profile's parental controls, when searching as a profile. */
  restrictions: ContentRestrictions | null;
}

export interface SearchHit {
  titleId: string;
  score: number;
  primaryReason: MatchReason | null;
  reasons: MatchReason[];
  breakdown: ScoreBreakdown;
}

export type SearchWarningCode = 'VECTOR_UNAVAILABLE' | 'VECTOR_TIMEOUT' | 'NO_EMBEDDING_MODEL' | 'INDEX_CATCHING_UP' | 'FILTERS_RELAXED';

export interface SearchWarning {
  code: SearchWarningCode;
  message: string;
}

export interface RetrieverTiming {
  retriever: Exclude<SearchStrategy, 'HYBRID'>;
  ms: number;
  hits: number;
}

/** Everything a search found, before paging: what the result cache keeps. */
export interface SearchOutcome {
  /** Best first, at most `SEARCH_LIMITS.maxResults`. */
  hits: SearchHit[];
  totalCount: number;
  facets: SearchFacets;
  parsed: ParsedIntent;
  correction: SpellCorrection | null;
  strategy: SearchStrategy;
  trending: boolean;
  warnings: SearchWarning[];
  retrievers: RetrieverTiming[];
}

/** One page of an outcome, as `SearchResults` answers it. */
export interface SearchPage extends Omit<SearchOutcome, 'retrievers'> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  timing: { totalMs: number; cached: boolean; retrievers: RetrieverTiming[] };
}

export const SEARCH_LIMITS = Object.freeze({
  /** PRODUCT_SPEC §4: a query is at most 500 characters. */
  maxQueryLength: 500,
  /** §4 page_size 1–100. */
  maxFirst: 100,
  /** Candidates each retriever contributes; §4 allows up to 1000, 200 keeps a search inside its latency budget. */
  candidatesPerRetriever: 200,
  /** Ranked results kept for paging and counting. */
  maxResults: 1000,
  /** §4: per-strategy timeout 300 ms. */
  retrieverTimeoutMs: 300,
  /** Results of an outcome the cache keeps; later pages are computed again. */
  cachedResults: 200,
});
