/** The people keys stored for some titles before they change or go: those people's terms need refreshing too. $1 uuid[] */
export const peopleKeysOfSql = /* SQL */ `
SELECT coalesce(array_agg(DISTINCT k), '{}') AS people_keys
  FROM discovery.search_document AS d, unnest(d.people_keys) AS k
 WHERE d.title_id = ANY($1::uuid[])`;
