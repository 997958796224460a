/**
 * Upserts `search_document` rows from one JSON parameter and builds each row's tsvector in the same statement (the
 * column is maintained here, not generated: see the migration's note).
 *
 * Weights: A names, B people, C genres and descriptors, D overview. Names are vectorised twice, with `english`
 * (stemmed: "terminators" finds "Terminator") and with `simple` over the folded keys, which keeps stop words and
 * foreign words intact ("It", "Das Boot") and ignores accents ("amelie" finds "Amélie"); people use `simple` only,
 * since names are not English words to stem.
 *
 * $1 rows (jsonb, see `SearchDocumentRow`), $2 the event sequence or null. With a sequence, a row whose stored
 * version is newer is left alone and not returned; without one, every row is written and keeps its version.
 * Returns the ids written.
 */
export const upsertSearchDocumentsSql = /* SQL */ `
INSERT INTO discovery.search_document AS d (
  title_id, content_type, name, original_name, localized_names, overview, genres, directors, cast_members,
  release_year, release_date, runtime_minutes, rating_system, rating, rating_rank, popularity, average_rating,
  vote_count, quality_score, external_ids, name_keys, names_text, people_keys, search_vector, document_version,
  updated_at)
SELECT r.title_id, r.content_type, r.name, r.original_name, r.localized_names, r.overview, r.genres, r.directors,
       r.cast_members, r.release_year, r.release_date, r.runtime_minutes, r.rating_system, r.rating, r.rating_rank,
       r.popularity, r.average_rating, r.vote_count, r.quality_score, r.external_ids, r.name_keys, r.names_text,
       r.people_keys,
       setweight(to_tsvector('english', r.names_doc), 'A')
         || setweight(to_tsvector('simple', r.names_text), 'A')
         || setweight(to_tsvector('simple', r.people_doc), 'B')
         || setweight(to_tsvector('english', r.descriptors_doc), 'C')
         || setweight(to_tsvector('english', coalesce(r.overview, '')), 'D'),
       coalesce($2::bigint, 0),
       now()
  FROM jsonb_to_recordset($1::jsonb) AS r(
         title_id uuid, content_type text, name text, original_name text, localized_names text[], overview text,
         genres text[], directors text[], cast_members text[], release_year int, release_date date,
         runtime_minutes int, rating_system text, rating text, rating_rank int, popularity double precision,
         average_rating double precision, vote_count int, quality_score double precision, external_ids jsonb,
         name_keys text[], names_text text, people_keys text[], names_doc text, people_doc text,
         descriptors_doc text)
ON CONFLICT (title_id) DO UPDATE SET
  content_type = EXCLUDED.content_type, name = EXCLUDED.name, original_name = EXCLUDED.original_name,
  localized_names = EXCLUDED.localized_names, overview = EXCLUDED.overview, genres = EXCLUDED.genres,
  directors = EXCLUDED.directors, cast_members = EXCLUDED.cast_members, release_year = EXCLUDED.release_year,
  release_date = EXCLUDED.release_date, runtime_minutes = EXCLUDED.runtime_minutes,
  rating_system = EXCLUDED.rating_system, rating = EXCLUDED.rating, rating_rank = EXCLUDED.rating_rank,
  popularity = EXCLUDED.popularity, average_rating = EXCLUDED.average_rating, vote_count = EXCLUDED.vote_count,
  quality_score = EXCLUDED.quality_score, external_ids = EXCLUDED.external_ids, name_keys = EXCLUDED.name_keys,
  names_text = EXCLUDED.names_text, people_keys = EXCLUDED.people_keys, search_vector = EXCLUDED.search_vector,
  document_version = coalesce($2::bigint, d.document_version), updated_at = now()
  WHERE $2::bigint IS NULL OR d.document_version <= $2::bigint
RETURNING d.title_id::text AS title_id`;
