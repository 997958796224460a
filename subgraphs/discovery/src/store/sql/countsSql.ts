/** Row counts of the read model, for `stats()` and `/health`. */
export const countsSql = /* SQL */ `
SELECT (SELECT count(*) FROM discovery.search_document)::int AS documents,
       (SELECT count(*) FROM discovery.search_offer)::int AS offers,
       (SELECT count(*) FROM discovery.autocomplete_term)::int AS autocomplete_terms`;
