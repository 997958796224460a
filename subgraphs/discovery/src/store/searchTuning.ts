/**
 * The numbers keyword retrieval and autocomplete run on, in one place so a change is one reviewed diff. Thresholds
 * were tuned on the hand-written store fixture scaled to 12k documents (synthetic names from a 20k-word list, 9k
 * people): 300 names of 6+ letters, each with one deletion, transposition or substitution, against every title.
 *
 * | word_similarity ≥ | typo found | titles matched per query (median / p95) |
 * |---|---|---|
 * | 0.4 | 97.0% | 2 / 36 |
 * | 0.5 | 93.7% | 1 / 12 |
 * | 0.6 (pg_trgm default) | 85.0% | 1 / 4 |
 */
export const SEARCH_TUNING = Object.freeze({
  /**
   * `ts_rank_cd` weights for D (overview), C (genres, descriptors), B (people), A (names): a title match outranks a
   * people match, which outranks an overview mention (issue: "weighted title > people > overview").
   */
  textWeights: [0.1, 0.2, 0.4, 1.0] as const,
  /**
   * `pg_trgm.word_similarity_threshold` for names: the best-matching stretch of a title's names must share this
   * share of the query's trigrams. 0.5 (table above) finds "terminatr" (0.8), "spiderman" (0.8) and "godfahter"
   * (0.5), which pg_trgm's default 0.6 loses, at a dozen candidates in the worst 5% of queries; 0.4 triples that.
   */
  wordSimilarityThreshold: 0.5,
  /**
   * Every hit adds `fuzzyWeight × similarity` of its names to its text score, so a fuzzy-only hit (0.25–0.45) ranks
   * below a title word match (≈ 0.5–0.7 before its own similarity) and above an overview mention (≈ 0.1).
   */
  fuzzyWeight: 0.5,
  /**
   * Added when the whole query is one of the title's names, or one without its leading article ("heat" → "Heat"
   * before "Heat Wave"; "terminator" → "The Terminator" before "Terminator 2").
   */
  exactNameBonus: 1,
  /** Query keys shorter than this skip trigram matching: two letters share a trigram with half the catalogue. */
  minFuzzyLength: 3,
  /** PRODUCT_SPEC §4: a query is 1–500 characters. */
  maxQueryLength: 500,
  defaultKeywordLimit: 100,
  /** PRODUCT_SPEC §4: up to 1000 candidates per retriever. */
  maxKeywordLimit: 1000,
  /** PRODUCT_SPEC §4: autocomplete returns 10. */
  defaultAutocompleteLimit: 10,
  maxAutocompleteLimit: 50,
  /** Prefixes shorter than this are matched by prefix only; typos in them are indistinguishable from other words. */
  minFuzzyPrefixLength: 4,
  /**
   * `word_similarity(prefix, name)` needed for a fuzzy suggestion; stricter than search's 0.5 because autocomplete
   * runs on every keystroke: a typo at the end of a prefix follows prefixes that already matched, and at 0.5
   * "tom h" would also offer "Gone Tomorrow". 0.6 keeps "spiderman", "interstelar" and "schindlers".
   */
  autocompleteSimilarityThreshold: 0.6,
});
