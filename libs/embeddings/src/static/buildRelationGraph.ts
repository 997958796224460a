import { csrFromTriples, type CsrMatrix } from './CsrMatrix.js';
import type { WordNetSynset } from './readWordNet.js';
import { splitWords } from './splitWords.js';

/** How strongly each WordNet relation pulls two words together when retrofitting. 0 leaves a relation out. */
export interface RelationWeights {
  /** Words of one synset. */
  synonym: number;
  /** `@`/`@i` hypernym, applied in both directions (the reverse is the hyponym). */
  hypernym: number;
  /** `&` similar-to, which links adjective satellites to their head. */
  similar: number;
  /** From each lemma to the content words of its synset's definition; one-way, so "act" is not pulled toward everything defined as an act. */
  gloss: number;
}

export const DEFAULT_RELATION_WEIGHTS: RelationWeights = { synonym: 1, hypernym: 0.5, similar: 0.5, gloss: 0.25 };

/**
 * The word graph that retrofitting pulls vectors along (Faruqui et al. 2015), built from WordNet. Nodes are
 * vocabulary words. A multi-word lemma stands for its head word, the last for nouns ("adventure story" → story) and
 * the first for verbs ("take a breath" → take), at half weight; multi-word adjectives and adverbs are left out.
 * Antonyms and derivational links are never used, since neither means "similar". Definition words are only taken
 * from the part of the gloss before the first `;` (the rest are example sentences) and only when they are not among
 * the `commonWords` most frequent words (ids are ordered by frequency), which keeps "a", "of", "or" out.
 *
 * Returns a [vocab, vocab] matrix of summed edge weights; row `i` lists the words `i` is pulled toward.
 */
export function buildRelationGraph(
  synsets: readonly WordNetSynset[],
  wordIds: ReadonlyMap<string, number>,
  weights: RelationWeights = DEFAULT_RELATION_WEIGHTS,
  commonWords = 150,
): CsrMatrix {
  const membersOf = new Map<string, { id: number; weight: number }[]>();
  for (const synset of synsets) membersOf.set(synset.id, synsetMembers(synset, wordIds));
  const rowOf: number[] = [];
  const columnOf: number[] = [];
  const weightOf: number[] = [];
  const link = (from: number, to: number, weight: number, symmetric: boolean): void => {
    if (from === to || weight <= 0) return;
    rowOf.push(from);
    columnOf.push(to);
    weightOf.push(weight);
    if (symmetric) {
      rowOf.push(to);
      columnOf.push(from);
      weightOf.push(weight);
    }
  };
  for (const synset of synsets) {
    const members = membersOf.get(synset.id)!;
    members.forEach((a, i) => {
      for (const b of members.slice(i + 1)) link(a.id, b.id, weights.synonym * a.weight * b.weight, true);
    });
    for (const pointer of synset.pointers) {
      const weight = pointer.symbol === '@' || pointer.symbol === '@i' ? weights.hypernym : pointer.symbol === '&' ? weights.similar : 0;
      const targets = weight > 0 ? membersOf.get(pointer.target) : undefined;
      for (const a of targets ? members : []) for (const b of targets!) link(a.id, b.id, weight * a.weight * b.weight, true);
    }
    if (weights.gloss > 0) {
      const definition = synset.gloss.split(';')[0] ?? '';
      const glossIds = new Set(splitWords(definition).flatMap((word) => {
        const id = wordIds.get(word);
        return id === undefined || id < commonWords ? [] : [id];
      }));
      for (const a of members) for (const b of glossIds) link(a.id, b, weights.gloss * a.weight, false);
    }
  }
  return csrFromTriples(wordIds.size, wordIds.size, rowOf, columnOf, weightOf);
}

/** The vocabulary words a synset's lemmas stand for, each with 1 (single word) or 0.5 (head of a multi-word lemma). */
function synsetMembers(synset: WordNetSynset, wordIds: ReadonlyMap<string, number>): { id: number; weight: number }[] {
  const members = new Map<number, number>();
  for (const lemma of synset.lemmas) {
    const words = splitWords(lemma);
    const single = words.length === 1;
    const head = single ? words[0] : synset.pos === 'n' ? words.at(-1) : synset.pos === 'v' ? words[0] : undefined;
    const id = head === undefined ? undefined : wordIds.get(head);
    if (id !== undefined) members.set(id, Math.max(members.get(id) ?? 0, single ? 1 : 0.5));
  }
  return [...members].map(([id, weight]) => ({ id, weight }));
}
