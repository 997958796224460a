/**
 * The autocomplete terms as the intent parser's and spell corrector's vocabulary: every name of the $1 most popular
 * titles (by their best name's rank), the $2 best-known people, every genre. Heaviest first within each kind.
 */
export const vocabularySql = /* SQL */ `
WITH ranked AS (
  SELECT t.kind, t.term, t.genre, t.weight, t.title_count, t.title_id,
         dense_rank() OVER (PARTITION BY t.kind ORDER BY t.weight DESC, coalesce(t.title_id::text, t.key)) AS place
    FROM discovery.autocomplete_term AS t
)
SELECT kind, term, genre, weight, title_count
  FROM ranked
 WHERE kind = 'genre' OR (kind = 'title' AND place <= $1::int) OR (kind = 'person' AND place <= $2::int)
 ORDER BY kind, weight DESC, term`;
