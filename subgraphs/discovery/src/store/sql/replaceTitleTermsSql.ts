/**
 * Replaces the autocomplete names of the written titles (weight = the title's popularity), like
 * `replaceSearchOffersSql`. $1 uuid[] written ids; `insert` also takes $2 rows (jsonb, see `TitleTermRow`).
 */
export const replaceTitleTermsSql = Object.freeze({
  delete: /* SQL */ `
DELETE FROM discovery.autocomplete_term WHERE kind = 'title' AND title_id = ANY($1::uuid[])`,
  insert: /* SQL */ `
INSERT INTO discovery.autocomplete_term (key, kind, term, norm, title_id, genre, weight, title_count)
SELECT r.key, 'title', r.term, r.norm, r.title_id, NULL, r.weight, 1
  FROM jsonb_to_recordset($2::jsonb) AS r(key text, term text, norm text, title_id uuid, weight double precision)
 WHERE r.title_id = ANY($1::uuid[])
ON CONFLICT (key) DO NOTHING`,
});
