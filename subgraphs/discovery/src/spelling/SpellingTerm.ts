/**
 * One entry of the spelling dictionary: a title, a person, or a word the parser understands. `frequency` weighs
 * candidates at the same edit distance: the more frequent wins.
 */
export interface SpellingTerm {
  text: string;
  frequency: number;
  kind: SpellingTermKind;
}

export type SpellingTermKind = 'title' | 'person' | 'term';

/** What `SpellCorrector.correct` changed, for the response's "did you mean" / "showing results for". */
export interface SpellCorrection {
  original: string;
  /** The query with every correction applied; equal to `original` when nothing changed. */
  corrected: string;
  changed: boolean;
  corrections: CorrectionEdit[];
}

/** One replaced run of the query. `start`/`end` index `original`. */
export interface CorrectionEdit {
  from: string;
  to: string;
  start: number;
  end: number;
  /** Damerau-Levenshtein distance between the two, on their folded forms. */
  distance: number;
  /** `word` for a single word; otherwise the kind of the phrase it now names. */
  kind: 'word' | 'title' | 'person';
}
