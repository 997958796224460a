/**
 * Recomputes the person terms of some people from the documents that name them: the spelling of their most popular
 * title, weight = that title's popularity, `title_count` = how many titles credit them. A person no document names
 * any more loses the term. $1 text[] people keys (`searchKey` of the name).
 *
 * The keys are joined as a set rather than tested with `= ANY`, which is a linear scan per row: a first load
 * touches tens of thousands of people.
 */
export const refreshPersonTermsSql = Object.freeze({
  delete: /* SQL */ `
DELETE FROM discovery.autocomplete_term t
 USING (SELECT DISTINCT unnest($1::text[]) AS norm) AS a
 WHERE t.kind = 'person' AND t.norm = a.norm`,
  insert: /* SQL */ `
INSERT INTO discovery.autocomplete_term (key, kind, term, norm, title_id, genre, weight, title_count)
SELECT 'person:' || p.norm, 'person', (array_agg(p.name ORDER BY d.popularity DESC, d.title_id))[1], p.norm, NULL,
       NULL, max(d.popularity), count(DISTINCT d.title_id)::int
  FROM discovery.search_document d
 CROSS JOIN LATERAL unnest(d.directors || d.cast_members, d.people_keys) AS p(name, norm)
  JOIN (SELECT DISTINCT unnest($1::text[]) AS norm) AS a ON a.norm = p.norm
 WHERE d.people_keys && $1::text[] AND p.norm <> ''
 GROUP BY p.norm`,
});
