import { intentTerms } from '../intent/intentTerms.js';
import { DEFAULT_POPULARITY, type DiscoveryVocabulary } from '../vocabulary/DiscoveryVocabulary.js';
import type { SpellingTerm } from './SpellingTerm.js';

/**
 * A parser word counts as much as a hundred titles: "thriler" must become "thriller" even when some title word is
 * equally close, because the parser's words are what queries are mostly made of.
 */
export const INTENT_TERM_FREQUENCY = 10_000;
/** A title or person adds 1 + 100 × popularity: a popular name outweighs an obscure one at equal distance. */
const POPULARITY_SCALE = 100;

/**
 * The spelling dictionary of PRODUCT_SPEC §4 ("the top 10k titles plus genre terms, with synonym expansion"): the
 * catalogue's titles and people from the vocabulary, and every word and synonym the intent parser knows.
 */
export function buildSpellingTerms(vocabulary: DiscoveryVocabulary): SpellingTerm[] {
  return [
    ...intentTerms().map((text): SpellingTerm => ({ text, frequency: INTENT_TERM_FREQUENCY, kind: 'term' })),
    ...vocabulary.titles.map((t): SpellingTerm => ({ text: t.text, frequency: weight(t.popularity), kind: 'title' })),
    ...vocabulary.people.map((p): SpellingTerm => ({ text: p.name, frequency: weight(p.popularity), kind: 'person' })),
  ];
}

function weight(popularity: number | undefined): number {
  const p = popularity ?? DEFAULT_POPULARITY;
  return 1 + POPULARITY_SCALE * (Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : DEFAULT_POPULARITY);
}
