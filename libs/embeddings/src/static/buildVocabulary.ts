/** The static model's vocabulary: words ordered by descending corpus count, so id 0 is the most frequent. */
export interface Vocabulary {
  words: string[];
  /** Corpus count of each word, by id. */
  counts: Float64Array;
}

export interface VocabularyOptions {
  /** How many of the most frequent words to keep. */
  maxFrequentWords: number;
  /** A frequent word must occur at least this often. */
  minCount: number;
  /** Words kept beyond the frequent ones when they occur at least `extraMinCount` times (WordNet lemmas). */
  extraWords?: Iterable<string>;
  extraMinCount?: number;
}

/**
 * Picks the vocabulary from word counts: the `maxFrequentWords` most frequent words with at least `minCount`
 * occurrences, plus any `extraWords` seen at least `extraMinCount` times. The extra words are how rare but
 * meaningful WordNet lemmas ("heist", "thriller") get a vector: retrofitting then pulls them toward their synonyms
 * even when the corpus says little about them. Ties are broken alphabetically so the build is deterministic.
 */
export function buildVocabulary(counts: ReadonlyMap<string, number>, options: VocabularyOptions): Vocabulary {
  const byFrequency = [...counts.entries()]
    .filter(([, count]) => count >= options.minCount)
    .sort(compareEntries)
    .slice(0, options.maxFrequentWords);
  const chosen = new Map(byFrequency);
  const extraMinCount = options.extraMinCount ?? options.minCount;
  for (const word of options.extraWords ?? []) {
    const count = counts.get(word) ?? 0;
    if (count >= extraMinCount && !chosen.has(word)) chosen.set(word, count);
  }
  const ordered = [...chosen.entries()].sort(compareEntries);
  return { words: ordered.map(([word]) => word), counts: Float64Array.from(ordered, ([, count]) => count) };
}

function compareEntries(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}
