import { tokenize, type Token } from './tokenize.js';

/** A phrase found in a token list: its value and how many tokens it spans. */
export interface PhraseMatch<T> {
  value: T;
  length: number;
}

/**
 * Phrases looked up at a position of a token list, longest first.
 *
 * Keys are the phrase's token norms joined without spaces, so hyphens, spaces and run-together spellings meet:
 * "sci-fi", "sci fi" and "scifi" are one key, as are "feel-good"/"feel good" and "Spider-Man"/"spider man". The cost
 * is that a phrase could match words that merely concatenate to it; with keys of real words that is rare enough,
 * and the alternative (listing every variant) misses the ones nobody thought of.
 */
export class PhraseTable<T> {
  private readonly entries = new Map<string, T>();
  private longest = 0;

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.set(phrase, value);
  }

  /** The key a phrase is stored under; '' for a phrase with no words. */
  static keyOf(phrase: string): string {
    return tokenize(phrase).map((t) => t.norm).join('');
  }

  /**
   * Stores `value` under `phrase`. With `keep`, an existing value stays when `keep(existing, value)` says so (for
   * example the more popular of two titles with the same key).
   */
  set(phrase: string, value: T, keep?: (existing: T, incoming: T) => boolean): void {
    const key = PhraseTable.keyOf(phrase);
    if (key === '') return;
    const existing = this.entries.get(key);
    if (existing !== undefined && keep?.(existing, value)) return;
    this.entries.set(key, value);
    // A query may split what the phrase joins ("feel good" for "feel-good"), so count hyphenated parts as words.
    const words = phrase.split(/[\s\-–]+/).filter(Boolean).length;
    this.longest = Math.max(this.longest, words);
  }

  get(phrase: string): T | undefined {
    return this.entries.get(PhraseTable.keyOf(phrase));
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The longest phrase starting at `tokens[start]`, spanning at least `minLength` tokens and at most `maxLength`,
   * for which `accept` (when given) agrees. Only word and number tokens take part; a quote or dash ends the window.
   */
  match(
    tokens: readonly Token[],
    start: number,
    options: { minLength?: number; maxLength?: number; accept?: (value: T, length: number) => boolean } = {},
  ): PhraseMatch<T> | null {
    const minLength = options.minLength ?? 1;
    let end = start;
    const limit = Math.min(tokens.length, start + Math.min(this.longest, options.maxLength ?? Infinity));
    while (end < limit && isWordish(tokens[end])) end++;
    const keys: string[] = [];
    let key = '';
    for (let i = start; i < end; i++) {
      key += tokens[i]?.norm ?? '';
      keys.push(key);
    }
    for (let length = keys.length; length >= minLength; length--) {
      const value = this.entries.get(keys[length - 1] ?? '');
      if (value !== undefined && (!options.accept || options.accept(value, length))) return { value, length };
    }
    return null;
  }
}

function isWordish(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'word' || token.kind === 'number');
}
