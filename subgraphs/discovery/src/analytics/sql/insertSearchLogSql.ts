/** Appends search log rows from one JSON parameter ($1, an array of `SearchLogRow`): a whole batch in one statement. */
export const insertSearchLogSql = /* SQL */ `
INSERT INTO discovery.search_log (query, strategy, region, result_count, latency_ms, cached, at)
SELECT r.query, r.strategy, r.region, r.result_count, r.latency_ms, r.cached, r.at
  FROM jsonb_to_recordset($1::jsonb) AS r(
         query text, strategy text, region text, result_count int, latency_ms double precision, cached boolean,
         at timestamptz)`;

/** One row of {@link insertSearchLogSql}'s parameter. */
export interface SearchLogRow {
  query: string;
  strategy: string;
  region: string;
  result_count: number;
  latency_ms: number;
  cached: boolean;
  /** ISO 8601 with offset. */
  at: string;
}
