/**
 * Recomputes every genre term from the documents: weight = the share of titles with the genre, `title_count` the
 * count. All 18 at once: each share changes whenever the number of titles does. $1 labels (jsonb array of
 * `{ genre, label, norm }`); a genre without one reads as its id with spaces.
 */
export const refreshGenreTermsSql = Object.freeze({
  delete: /* SQL */ `
DELETE FROM discovery.autocomplete_term WHERE kind = 'genre'`,
  insert: /* SQL */ `
INSERT INTO discovery.autocomplete_term (key, kind, term, norm, title_id, genre, weight, title_count)
SELECT 'genre:' || g.genre, 'genre', coalesce(l.label, replace(g.genre, '_', ' ')),
       coalesce(l.norm, lower(replace(g.genre, '_', ' '))), NULL, g.genre, g.titles::double precision / total.titles,
       g.titles::int
  FROM (SELECT genre, count(*) AS titles FROM discovery.search_document, unnest(genres) AS genre GROUP BY genre) AS g
 CROSS JOIN (SELECT count(*) AS titles FROM discovery.search_document) AS total
  LEFT JOIN jsonb_to_recordset($1::jsonb) AS l(genre text, label text, norm text) ON l.genre = g.genre`,
});
