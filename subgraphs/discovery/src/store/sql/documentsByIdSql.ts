/** Full documents with their offers (in catalog order) for some ids; $1 uuid[]. Missing ids are simply absent. */
export const documentsByIdSql = /* SQL */ `
SELECT d.title_id::text AS title_id, d.content_type, d.name, d.original_name, d.localized_names, d.overview, d.genres,
       d.directors, d.cast_members, d.release_year, to_char(d.release_date, 'YYYY-MM-DD') AS release_date,
       d.runtime_minutes, d.rating_system, d.rating, d.popularity, d.average_rating, d.vote_count, d.quality_score,
       d.external_ids,
       coalesce((SELECT jsonb_agg(jsonb_build_object(
                          'platform', o.platform_id, 'availabilityType', o.availability_type, 'regions', o.regions,
                          'availableFrom', o.available_from, 'expiresAt', o.expires_at) ORDER BY o.position)
                   FROM discovery.search_offer AS o WHERE o.title_id = d.title_id), '[]'::jsonb) AS offers
  FROM discovery.search_document AS d
 WHERE d.title_id = ANY($1::uuid[])`;
