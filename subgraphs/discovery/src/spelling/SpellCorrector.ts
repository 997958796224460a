import { tokenize, type Token } from '../lib/tokenize.js';
import { maxEditDistance } from './maxEditDistance.js';
import type { CorrectionEdit, SpellCorrection, SpellingTerm, SpellingTermKind } from './SpellingTerm.js';
import { SymSpellIndex } from './SymSpellIndex.js';

/** Longest title or name, in words, that phrase correction looks at. */
const MAX_PHRASE_WORDS = 8;
// Only plain Latin words are corrected: digits ("1990s", "2h") are never typos of words, and words in other scripts
// need a segmenter before edit distance means anything.
const CORRECTABLE = /^[a-z]+$/;
/** Suffix → what replaces it to give the stem: "shadows" → "shadow", "stories" → "story", "haunted" → "haunt(e)". */
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['ies', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ing', ''],
];

interface WordEntry {
  frequency: number;
  /** The word as the dictionary writes it, lower-case: "sci-fi" for the norm "scifi". */
  surface: string;
}

interface PhraseEntry {
  display: string;
  frequency: number;
  kind: Exclude<SpellingTermKind, 'term'>;
}

export interface SpellCorrectorStats {
  words: number;
  phrases: number;
  deleteKeys: number;
}

/**
 * Corrects queries against the catalogue's vocabulary (PRODUCT_SPEC §4: edit distance ≤ 2, before any LLM call,
 * < 5 ms p99).
 *
 * Word by word, an unknown word becomes the nearest dictionary word, the more frequent on a tie; the allowed
 * distance grows with the word's length (`maxEditDistance`), and a two-edit correction must keep the first letter,
 * which typos rarely touch. A word in the dictionary is never changed. Multi-word titles and names are also matched
 * as a whole, so "the dark knigth" becomes "The Dark Knight" and "tom hanx" becomes "Tom Hanks" even where the
 * single word has a closer but wrong neighbour ("hanx" is one edit from "hans"). A phrase is only corrected when
 * one of its words is unknown: "dark sky" must not turn into a title just because one is two edits away.
 */
export class SpellCorrector {
  private constructor(
    private readonly words: ReadonlyMap<string, WordEntry>,
    private readonly wordIndex: SymSpellIndex,
    private readonly phrases: ReadonlyMap<string, PhraseEntry>,
    /** Phrases by their key without a leading article, the form the fuzzy index holds. */
    private readonly barePhrases: ReadonlyMap<string, PhraseEntry>,
    private readonly phraseIndex: SymSpellIndex,
    private readonly longestPhrase: number,
  ) {}

  static build(terms: Iterable<SpellingTerm>): SpellCorrector {
    const words = new Map<string, WordEntry>();
    const phrases = new Map<string, PhraseEntry>();
    let longestPhrase = 0;
    for (const term of terms) {
      if (!(term.frequency > 0)) throw new TypeError(`frequency of "${term.text}" must be positive, got ${term.frequency}`);
      const tokens = tokenize(term.text).filter((t) => t.kind === 'word' || t.kind === 'number');
      for (const token of tokens) {
        const entry = words.get(token.norm);
        if (entry) entry.frequency += term.frequency;
        else words.set(token.norm, { frequency: term.frequency, surface: token.text.toLowerCase() });
      }
      if (term.kind === 'term' || tokens.length < 2 || tokens.length > MAX_PHRASE_WORDS) continue;
      const key = tokens.map((t) => t.norm).join(' ');
      const existing = phrases.get(key);
      if (!existing || existing.frequency < term.frequency) {
        phrases.set(key, { display: term.text.trim(), frequency: term.frequency, kind: term.kind });
      }
      longestPhrase = Math.max(longestPhrase, tokens.length);
    }

    const wordIndex = new SymSpellIndex(2);
    for (const word of words.keys()) if (CORRECTABLE.test(word)) wordIndex.add(word);
    // The fuzzy index holds phrases without a leading article: a third of titles start with "the", and keys sharing
    // "the " would all meet at the same deletes, making every lookup check hundreds of unrelated titles.
    const barePhrases = new Map<string, PhraseEntry>();
    for (const [key, entry] of phrases) {
      const bare = withoutArticle(key);
      const existing = barePhrases.get(bare);
      if (/^[a-z0-9 ]+$/.test(bare) && (!existing || existing.frequency < entry.frequency)) barePhrases.set(bare, entry);
    }
    const phraseIndex = new SymSpellIndex(2);
    for (const key of barePhrases.keys()) phraseIndex.add(key);
    return new SpellCorrector(words, wordIndex, phrases, barePhrases, phraseIndex, longestPhrase);
  }

  get stats(): SpellCorrectorStats {
    return { words: this.words.size, phrases: this.phrases.size, deleteKeys: this.wordIndex.keyCount + this.phraseIndex.keyCount };
  }

  /** Whether the dictionary holds this word (compared folded: "Amélie" and "amelie" are one word). */
  isKnown(word: string): boolean {
    const token = tokenize(word)[0];
    return token !== undefined && this.words.has(token.norm);
  }

  correct(query: string): SpellCorrection {
    const tokens = tokenize(query);
    // unknownBefore[k] counts the unknown words among tokens[0..k-1]: a window holds one when the counts differ.
    const unknownBefore = [0];
    for (const token of tokens) unknownBefore.push((unknownBefore.at(-1) ?? 0) + (this.isKnownToken(token) ? 0 : 1));

    const edits: CorrectionEdit[] = [];
    let i = 0;
    while (i < tokens.length) {
      const phrase = this.phraseAt(query, tokens, i, unknownBefore);
      if (phrase) {
        if (phrase.edit) edits.push(phrase.edit);
        i += phrase.length;
        continue;
      }
      const word = this.correctWord(tokens[i] as Token);
      if (word) edits.push(word);
      i++;
    }
    let corrected = query;
    for (const edit of [...edits].reverse()) corrected = corrected.slice(0, edit.start) + edit.to + corrected.slice(edit.end);
    return { original: query, corrected, changed: edits.length > 0, corrections: edits };
  }

  /**
   * A known title or name starting at `i`: exactly (its words are then left alone) or, when one of its words is
   * unknown, within the edit distance its length allows.
   */
  private phraseAt(
    query: string,
    tokens: readonly Token[],
    i: number,
    unknownBefore: readonly number[],
  ): { length: number; edit: CorrectionEdit | null } | null {
    const keys: string[] = [];
    let key = '';
    for (let k = i; k < tokens.length && k - i < this.longestPhrase && isWordish(tokens[k]); k++) {
      key = key === '' ? (tokens[k] as Token).norm : `${key} ${(tokens[k] as Token).norm}`;
      keys.push(key);
    }
    for (let length = keys.length; length >= 2; length--) {
      const windowKey = keys[length - 1] as string;
      if (this.phrases.has(windowKey)) return { length, edit: null };
      if (unknownBefore[i + length] === unknownBefore[i]) continue;
      const bare = withoutArticle(windowKey);
      if (!bare.includes(' ')) continue; // one word left: that is word correction's job
      const best = this.best(
        this.phraseIndex.lookup(bare, maxEditDistance(bare.replace(/ /g, '').length)),
        bare,
        (candidate) => this.barePhrases.get(candidate)?.frequency ?? 0,
      );
      const entry = best ? this.barePhrases.get(best.term) : undefined;
      if (!best || !entry) continue;
      const start = (tokens[i] as Token).start;
      const end = (tokens[i + length - 1] as Token).end;
      return { length, edit: { from: query.slice(start, end), to: entry.display, start, end, distance: best.distance, kind: entry.kind } };
    }
    return null;
  }

  /**
   * Known words, and regular inflections of known words ("returns", "shadows", "haunted"): a catalogue names
   * "Return" and "Shadow" but a query may say "returns" and "shadows", and those are no typos.
   */
  private isKnownToken(token: Token): boolean {
    const norm = token.norm;
    if (token.kind !== 'word' || !CORRECTABLE.test(norm) || this.words.has(norm)) return true;
    return INFLECTIONS.some(([suffix, replacement]) => {
      if (!norm.endsWith(suffix) || norm.length - suffix.length < 3) return false;
      const stem = norm.slice(0, norm.length - suffix.length);
      return this.words.has(stem + replacement) || (replacement === '' && this.words.has(`${stem}e`));
    });
  }

  private correctWord(token: Token): CorrectionEdit | null {
    if (this.isKnownToken(token)) return null;
    const norm = token.norm;
    const limit = maxEditDistance(norm.length);
    if (limit === 0) return null;
    const best = this.best(this.wordIndex.lookup(norm, limit), norm, (w) => this.words.get(w)?.frequency ?? 0);
    const entry = best ? this.words.get(best.term) : undefined;
    if (!best || !entry) return null;
    return { from: token.text, to: matchCase(token.text, entry.surface), start: token.start, end: token.end, distance: best.distance, kind: 'word' };
  }

  /** Nearest first, then most frequent, then alphabetical; two-edit candidates must keep the first letter. */
  private best(
    candidates: readonly { term: string; distance: number }[],
    query: string,
    frequency: (term: string) => number,
  ): { term: string; distance: number } | null {
    let best: { term: string; distance: number; frequency: number } | null = null;
    for (const candidate of candidates) {
      if (candidate.distance === 0) continue;
      if (candidate.distance >= 2 && candidate.term[0] !== query[0]) continue;
      const f = frequency(candidate.term);
      if (
        !best ||
        candidate.distance < best.distance ||
        (candidate.distance === best.distance && (f > best.frequency || (f === best.frequency && candidate.term < best.term)))
      ) {
        best = { ...candidate, frequency: f };
      }
    }
    return best;
  }
}

function withoutArticle(key: string): string {
  return key.replace(/^(the|a|an) /, '');
}

function isWordish(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'word' || token.kind === 'number');
}

/** Keeps the typed case: "Thrilers" → "Thrillers", "NETFLX" → "NETFLIX", "netflx" → "netflix". */
function matchCase(typed: string, surface: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return surface.toUpperCase();
  if (/^\p{Lu}/u.test(typed)) return surface.charAt(0).toUpperCase() + surface.slice(1);
  return surface;
}
