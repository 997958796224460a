/** Placeholders of {@link browseSql} before the filter's. */
export const BROWSE_FILTER_START = 2;

/**
 * Every title that passes the filter (from `searchFilterSql`), most popular first: trending for an empty query, and
 * the keyword side of a query that is all structure ("90s sci-fi on Netflix" leaves no words to match). Ties go to
 * the id, so pages are stable. $1 limit.
 */
export function browseSql(filter: string): string {
  return /* SQL */ `
SELECT d.title_id::text AS title_id
  FROM discovery.search_document AS d
 WHERE ${filter}
 ORDER BY d.popularity DESC, d.title_id
 LIMIT $1::int`;
}
