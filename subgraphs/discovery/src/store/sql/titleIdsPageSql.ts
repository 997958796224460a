/** Title ids in id order after $1 (null: from the start), $2 at most: a full walk for rebuilding derived indexes. */
export const titleIdsPageSql = /* SQL */ `
SELECT d.title_id::text AS title_id
  FROM discovery.search_document AS d
 WHERE $1::uuid IS NULL OR d.title_id > $1::uuid
 ORDER BY d.title_id
 LIMIT $2::int`;
