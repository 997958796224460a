/**
 * Every figure of a summary in one statement, so they agree with each other while searches keep arriving (separate
 * statements would each see a different set of rows). $1 since (timestamptz, inclusive), $2 length of each list.
 *
 * The lists come back as JSON text (`[[query, count], ...]`), parsed by the caller. Ties are broken by the query
 * in code point order (`COLLATE "C"`), the same on every server whatever its default collation. Empty queries
 * (the trending page) count as searches but are not a query anyone typed, so they stay out of both lists.
 */
export const searchSummarySql = /* SQL */ `
WITH recent AS MATERIALIZED (
  SELECT query, result_count, latency_ms FROM discovery.search_log WHERE at >= $1::timestamptz
), totals AS (
  SELECT count(*)::int AS searches,
         (count(*) FILTER (WHERE result_count = 0))::int AS zero_result_searches,
         percentile_cont(ARRAY[0.5, 0.95, 0.99]::float8[]) WITHIN GROUP (ORDER BY latency_ms) AS latency
    FROM recent
), popular AS (
  SELECT query, count(*)::int AS count FROM recent WHERE query <> ''
   GROUP BY query ORDER BY count(*) DESC, query COLLATE "C" LIMIT $2
), zero_result AS (
  SELECT query, count(*)::int AS count FROM recent WHERE query <> '' AND result_count = 0
   GROUP BY query ORDER BY count(*) DESC, query COLLATE "C" LIMIT $2
)
SELECT t.searches, t.zero_result_searches,
       coalesce(t.latency[1], 0)::float8 AS p50,
       coalesce(t.latency[2], 0)::float8 AS p95,
       coalesce(t.latency[3], 0)::float8 AS p99,
       (SELECT coalesce(jsonb_agg(jsonb_build_array(query, count) ORDER BY count DESC, query COLLATE "C"), '[]'::jsonb)
          FROM popular)::text AS popular,
       (SELECT coalesce(jsonb_agg(jsonb_build_array(query, count) ORDER BY count DESC, query COLLATE "C"), '[]'::jsonb)
          FROM zero_result)::text AS zero_result
  FROM totals t`;
