/**
 * For each name key in $1 (text[], `searchKey` form), the most popular title one of whose names (or a name without
 * its leading article) is exactly that key: how "like Heat" finds Heat.
 */
export const titlesNamedSql = /* SQL */ `
SELECT DISTINCT ON (k.key) k.key, d.title_id::text AS title_id
  FROM unnest($1::text[]) AS k(key)
  JOIN discovery.search_document AS d ON d.name_keys @> ARRAY[k.key]
 ORDER BY k.key, d.popularity DESC, d.title_id`;
