/**
 * What discovery knows of the catalogue's words: the titles and people queries may name. It is discovery's own
 * read model (fed by catalog events), never a call into the catalog. Popularity in [0, 1] (the catalog's
 * `popularity`) breaks ties: "heat" read as a reference picks the better-known "Heat", and a typo is corrected to
 * the more popular of two equally close names.
 */
export interface DiscoveryVocabulary {
  titles: readonly VocabularyTitle[];
  people: readonly VocabularyPerson[];
}

export interface VocabularyTitle {
  /** The display title; localized and original names may be listed as further entries. */
  text: string;
  /** [0, 1]; 0.5 when unknown (the catalog's default, PRODUCT_SPEC §2). */
  popularity?: number;
}

export interface VocabularyPerson {
  name: string;
  /** [0, 1]; 0.5 when unknown. */
  popularity?: number;
}

/** The catalog's default popularity (§2 `popularity_score` default 0.5). */
export const DEFAULT_POPULARITY = 0.5;
