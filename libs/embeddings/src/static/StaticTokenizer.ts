import { splitWords } from './splitWords.js';

/** Words of one text as static-model ids, each with its SIF weight; unknown words are left out. */
export interface StaticEncoding {
  ids: number[];
  weights: number[];
}

/**
 * Maps text to the static model's vocabulary. Words are cut with the same `splitWords` the model was built with.
 * A word not in the vocabulary gets one light normalisation before it is dropped: plural and third-person "-s",
 * "-es", "-ies" (robberies → robbery), and "-ing", "-ed", "-ly" with the silent "e" restored or a doubled final
 * consonant undone (skating → skate, robbed → rob). The first candidate in the vocabulary wins.
 */
export class StaticTokenizer {
  private readonly ids: Map<string, number>;

  constructor(
    words: readonly string[],
    private readonly weights: Float32Array,
    /** Words kept per text; later ones are ignored, as a transformer truncates. @default 512 */
    readonly maxWords = 512,
  ) {
    if (weights.length !== words.length) throw new TypeError(`weights has ${weights.length} entries for ${words.length} words`);
    this.ids = new Map(words.map((word, id) => [word, id]));
  }

  get vocabularySize(): number {
    return this.ids.size;
  }

  /** The id of a word (lower-case) or of its first known normalised form. */
  lookup(word: string): number | undefined {
    for (const candidate of [word, ...variants(word)]) {
      const id = this.ids.get(candidate);
      if (id !== undefined) return id;
    }
    return undefined;
  }

  encode(text: string): StaticEncoding {
    const ids: number[] = [];
    const weights: number[] = [];
    for (const word of splitWords(text).slice(0, this.maxWords)) {
      const id = this.lookup(word);
      if (id === undefined) continue;
      ids.push(id);
      weights.push(this.weights[id]!);
    }
    return { ids, weights };
  }
}

function variants(word: string): string[] {
  const out: string[] = [];
  if (word.length <= 3) return out;
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  for (const suffix of ['ing', 'ed']) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const stem = word.slice(0, -suffix.length);
    out.push(stem, `${stem}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
    if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
  }
  if (word.endsWith('ly')) out.push(word.slice(0, -2));
  return out;
}
