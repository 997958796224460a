/**
 * One search as the analytics log records it. Deliberately nothing about who searched: no user, profile, device
 * or address, and the query only as {@link anonymizeQuery} leaves it (PRODUCT_SPEC §4 "anonymized query log").
 */
export interface SearchLogEntry {
  /** Already anonymised with `anonymizeQuery`; '' for an empty query (trending). */
  query: string;
  /** The strategy that answered (`HYBRID`, `KEYWORD`, `VECTOR`, `GRAPH`). */
  strategy: string;
  /** The region searched, ISO 3166-1 alpha-2 (`US`). */
  region: string;
  /** Total matches, not the size of the page returned: 0 is what makes a zero-result query. */
  resultCount: number;
  latencyMs: number;
  /** Answered from the result cache. */
  cached: boolean;
  at: Date;
}
