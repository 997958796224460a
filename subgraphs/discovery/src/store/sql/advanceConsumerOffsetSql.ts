/** Records a consumer's position; never moves it back (a replayed batch leaves it where it was). $1 group, $2 source, $3 sequence */
export const advanceConsumerOffsetSql = /* SQL */ `
INSERT INTO discovery.consumer_offset AS c (consumer_group, source, last_sequence, updated_at)
VALUES ($1, $2, $3::bigint, now())
ON CONFLICT (consumer_group, source) DO UPDATE
   SET last_sequence = greatest(c.last_sequence, EXCLUDED.last_sequence), updated_at = now()`;
