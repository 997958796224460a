/**
 * Settings for one trigram read, local to its transaction so they never leak to the next user of a pooled
 * connection: $1 `pg_trgm.word_similarity_threshold` (what `<%` compares against), $2 `enable_seqscan`.
 *
 * `enable_seqscan = off` is for autocomplete's fuzzy step only. For a short key of common trigrams ("comin",
 * "ins v") the planner expects ~2% of the terms to match and prefers a sequential scan that computes
 * `word_similarity` on every term: 45–65 ms at 12k titles, against 2–4 ms through the trigram GIN index, measured on
 * the scaled fixture. With the index present it is always the better plan for a selective `<%`.
 */
export const setTrigramSearchSql = /* SQL */ `
SELECT set_config('pg_trgm.word_similarity_threshold', $1::text, true) AS threshold,
       set_config('enable_seqscan', $2::text, true) AS seqscan`;
