/** Deletes the search log rows from before $1 (timestamptz): the retention purge. */
export const purgeSearchLogSql = /* SQL */ `DELETE FROM discovery.search_log WHERE at < $1::timestamptz`;
