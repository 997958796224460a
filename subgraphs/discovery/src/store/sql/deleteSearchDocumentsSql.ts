/**
 * Deletes titles (offers and title terms cascade). $1 uuid[], $2 the event sequence or null: with one, a document
 * written by a later event survives a late removal. Returns the ids deleted and the people they named.
 */
export const deleteSearchDocumentsSql = /* SQL */ `
DELETE FROM discovery.search_document
 WHERE title_id = ANY($1::uuid[]) AND ($2::bigint IS NULL OR document_version <= $2::bigint)
RETURNING title_id::text AS title_id, people_keys`;
