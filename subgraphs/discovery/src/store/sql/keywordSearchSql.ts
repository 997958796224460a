/** Placeholders of {@link keywordSearchSql} before the filter's, which start at `$9`. */
export const KEYWORD_SEARCH_FILTER_START = 9;

/**
 * Keyword retrieval: full text OR trigram similarity on names, filtered by `filter` (from `searchFilterSql`, which
 * holds placeholders only), best first.
 *
 * - Full text: `websearch_to_tsquery` with `english` on the text ($1) OR `simple` on its folded form ($2), against
 *   the weighted vector; `ts_rank_cd` with the weights $8 (D, C, B, A) and normalization 32 gives [0, 1).
 * - Fuzzy: `$3 <% names_text`, i.e. `word_similarity` ≥ `pg_trgm.word_similarity_threshold`, which the caller sets
 *   for the transaction; $3 null turns it off (short queries). Adds `$6 × similarity`, whichever arm matched: the
 *   arms are OR-ed for recall and summed for order, so "terminator 1984" puts The Terminator (every word, and a
 *   close name) above Terminator 2 (a close name only).
 * - A title one of whose names (or a name without its leading article) is the whole query ($4) gets $7 more.
 *
 * The arms are separate SELECTs under a UNION, each on its own index (GIN on the vector, GIN trigram on names_text):
 * written as one OR, the planner estimated the pair as most of the table and scanned it all (45 ms at 12k titles).
 * The tsquery is spelled out in the first arm, not read from \`input\`, so it is a plan-time constant the index
 * scan can use. A hit's similarity counts even when only the text matched. Ties go to
 * the more popular title, then the id, so a page is stable. `field` is the strongest weight class that holds the
 * whole query on its own (`mixed` when only several together do); it is computed for the returned rows only.
 * $5 limit.
 */
export function keywordSearchSql(filter: string): string {
  return /* SQL */ `
WITH input AS MATERIALIZED (
  SELECT websearch_to_tsquery('english', $1::text) || websearch_to_tsquery('simple', $2::text) AS query
),
candidates AS (
  SELECT d.title_id FROM discovery.search_document AS d
   WHERE d.search_vector @@ (websearch_to_tsquery('english', $1::text) || websearch_to_tsquery('simple', $2::text))
  UNION
  SELECT d.title_id FROM discovery.search_document AS d WHERE $3::text <% d.names_text
),
hits AS (
  SELECT d.title_id, d.popularity, d.search_vector, d.name_keys,
         CASE WHEN d.search_vector @@ input.query
              THEN ts_rank_cd($8::float4[], d.search_vector, input.query, 32) ELSE 0 END AS text_score,
         coalesce(word_similarity($3::text, d.names_text), 0) AS similarity
    FROM candidates AS c
    JOIN discovery.search_document AS d ON d.title_id = c.title_id
   CROSS JOIN input
   WHERE ${filter}
),
top AS (
  SELECT h.*,
         h.text_score + $6::double precision * h.similarity
           + CASE WHEN h.name_keys @> ARRAY[$4::text] THEN $7::double precision ELSE 0 END AS score
    FROM hits AS h
   ORDER BY score DESC, h.popularity DESC, h.title_id
   LIMIT $5::int
)
SELECT t.title_id::text AS title_id, t.score,
       CASE WHEN t.text_score = 0 THEN 'title'
            WHEN ts_filter(t.search_vector, '{a}') @@ input.query THEN 'title'
            WHEN ts_filter(t.search_vector, '{b}') @@ input.query THEN 'person'
            WHEN ts_filter(t.search_vector, '{c}') @@ input.query THEN 'genre'
            WHEN ts_filter(t.search_vector, '{d}') @@ input.query THEN 'overview'
            ELSE 'mixed' END AS field,
       t.text_score = 0 AS fuzzy
  FROM top AS t
 CROSS JOIN input
 ORDER BY t.score DESC, t.popularity DESC, t.title_id`;
}
