/**
 * Replaces the offers of the written titles, in two statements run in order inside the apply transaction (one
 * statement could not delete and re-insert the same keys reliably). $1 uuid[] written ids; `insert` also takes
 * $2 rows (jsonb, see `SearchOfferRow`) and keeps only those of written ids.
 */
export const replaceSearchOffersSql = Object.freeze({
  delete: /* SQL */ `
DELETE FROM discovery.search_offer WHERE title_id = ANY($1::uuid[])`,
  insert: /* SQL */ `
INSERT INTO discovery.search_offer
       (title_id, position, platform_id, availability_type, regions, available_from, expires_at, source)
SELECT r.title_id, r.position, r.platform_id, r.availability_type, r.regions, r.available_from, r.expires_at, r.source
  FROM jsonb_to_recordset($2::jsonb) AS r(
         title_id uuid, position int, platform_id text, availability_type text, regions text[],
         available_from timestamptz, expires_at timestamptz, source text)
 WHERE r.title_id = ANY($1::uuid[])`,
});
