/**
 * Autocomplete over `discovery.autocomplete_term`, in two steps: prefix matches first, trigram matches only to fill
 * up (issue: "prefix match first, then trigram"). Two statements rather than one OR: with a short or common prefix
 * ("the v") the combined condition is estimated as matching thousands of rows, and the planner then computes
 * `word_similarity` on every term (80 ms at 12k titles); apart, each uses its index (≈ 1 ms).
 *
 * A title with several matching names is suggested once, under its best one (`DISTINCT ON` the title id).
 */
export const autocompleteSql = Object.freeze({
  /**
   * Names that start with the key ($1, LIKE-escaped; tier 0), then names with a later word that does ("ter" →
   * "The Terminator"; tier 1); heavier first. Indexed by the `text_pattern_ops` btree (tier 0) and the trigram GIN
   * index (pg_trgm indexes LIKE patterns). A two-letter prefix matches thousands of names, so the best 5 × limit
   * are taken with a top-N sort before titles are de-duplicated (a title rarely has five names with one prefix),
   * instead of sorting every match. $2 limit.
   */
  prefix: /* SQL */ `
SELECT best.kind, best.term, best.title_id, best.genre, best.weight, best.tier
  FROM (
    SELECT DISTINCT ON (coalesce(top.title_id, top.key)) top.*
      FROM (
        SELECT t.key, t.kind, t.term, t.title_id::text AS title_id, t.genre, t.weight,
               CASE WHEN t.norm LIKE $1::text || '%' THEN 0 ELSE 1 END AS tier
          FROM discovery.autocomplete_term AS t
         WHERE t.norm LIKE $1::text || '%' OR t.norm LIKE '% ' || $1::text || '%'
         ORDER BY tier, t.weight DESC, t.term
         LIMIT $2::int * 5
      ) AS top
     ORDER BY coalesce(top.title_id, top.key), top.tier, top.weight DESC, top.term
  ) AS best
 ORDER BY best.tier, best.weight DESC, best.term
 LIMIT $2::int`,

  /**
   * Names whose best stretch is trigram-similar to the key ($1 <% norm, threshold set by the caller for the
   * transaction: "spiderman" → "Spider-Man"), closest first, then heavier; tier 2. $2 limit.
   */
  fuzzy: /* SQL */ `
SELECT best.kind, best.term, best.title_id, best.genre, best.weight, 2 AS tier
  FROM (
    SELECT DISTINCT ON (coalesce(t.title_id::text, t.key))
           t.kind, t.term, t.title_id::text AS title_id, t.genre, t.weight, word_similarity($1::text, t.norm) AS similarity
      FROM discovery.autocomplete_term AS t
     WHERE $1::text <% t.norm
     ORDER BY coalesce(t.title_id::text, t.key), similarity DESC, t.weight DESC, t.term
  ) AS best
 ORDER BY best.similarity DESC, best.weight DESC, best.term
 LIMIT $2::int`,
});
