/** The Postgres schema holding recommending's tables, `consumer_offset` included (for `EventProjection`). */
export const RECOMMENDATIONS_SCHEMA = 'recommendations';
