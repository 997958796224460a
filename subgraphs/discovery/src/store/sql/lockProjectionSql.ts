/**
 * Serialises writers of the read model for the rest of the transaction. Person and genre terms are aggregates
 * recomputed by delete-and-insert: two replicas applying batches at once would both insert the same term keys.
 * Readers never wait for it. The key is a fixed 64-bit number (the first 8 bytes of "discovery" in ASCII) so no other lock collides.
 */
export const lockProjectionSql = /* SQL */ `
SELECT pg_advisory_xact_lock(7235441147256399218)`;
