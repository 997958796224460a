import type { SearchLogEntry } from './SearchLogEntry.js';

/** How often one anonymised query was searched. */
export interface QueryCount {
  query: string;
  count: number;
}

/** Search analytics since a point in time (PRODUCT_SPEC §4: popular and zero-result queries, latency percentiles). */
export interface SearchAnalyticsSummary {
  since: Date;
  searches: number;
  zeroResultSearches: number;
  /** `zeroResultSearches / searches`; 0 when there were no searches. */
  zeroResultRate: number;
  /** Continuous percentiles of `latencyMs`, in milliseconds; 0 when there were no searches. */
  latency: { p50: number; p95: number; p99: number };
  /** The most searched non-empty queries, most frequent first, ties by query (code point order). */
  popularQueries: QueryCount[];
  /** The non-empty queries that found nothing most often, most frequent first, ties by query. */
  zeroResultQueries: QueryCount[];
}

export interface SearchAnalyticsSummaryOptions {
  /** Searches at or after this time. */
  since: Date;
  /** Longest each query list may be, 1–1000. */
  limit: number;
}

/** Storage of the anonymised search log. */
export interface SearchAnalyticsStore {
  /** Writes the entries (all or none). Throws a TypeError for an invalid entry, a raw query included. */
  record(entries: readonly SearchLogEntry[]): Promise<void>;
  summary(options: SearchAnalyticsSummaryOptions): Promise<SearchAnalyticsSummary>;
  /** Deletes the entries from before `cutoff` (the retention period) and resolves with how many. */
  purgeOlderThan(cutoff: Date): Promise<number>;
}
