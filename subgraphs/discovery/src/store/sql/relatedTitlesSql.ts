/**
 * Graph neighbours (PRODUCT_SPEC §4 graph search) as candidates: titles sharing a person with $1 (people keys), or
 * sharing a genre with $2 within the years $3–$4; never the ids in $5. Those sharing more people come first, then the
 * more popular. $6 limit. Scoring the edges is `graphNeighbours`' job; this only gathers who could be one.
 */
export const relatedTitlesSql = /* SQL */ `
SELECT d.title_id::text AS title_id
  FROM discovery.search_document AS d
 WHERE (d.people_keys && $1::text[]
        OR ($2::text[] IS NOT NULL AND d.genres && $2::text[] AND d.release_year BETWEEN $3::int AND $4::int))
   AND NOT (d.title_id = ANY($5::uuid[]))
 ORDER BY cardinality(ARRAY(SELECT unnest(d.people_keys) INTERSECT SELECT unnest($1::text[]))) DESC, d.popularity DESC, d.title_id
 LIMIT $6::int`;
