import { foldText } from './foldText.js';

/**
 * One word of a query with where it came from. `norm` is the form every rule compares: folded, apostrophes,
 * periods and hyphens inside words removed ("Sci-Fi" → "scifi", "90's" → "90s", "U.K." → "uk"), a trailing "+" kept
 * ("Disney+" → "disney+"). `start`/`end` index the original text, so a caller can highlight or cut spans.
 */
export interface Token {
  text: string;
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/** `number` tokens start with a digit ("1990s", "2h", "1.5"); a `dash` stands between two numbers ("2010-2015"). */
export type TokenKind = 'word' | 'number' | 'dash' | 'quote';

// Alternatives in order: a number with an optional unit or suffix ("90s", "90's", "1h30m", "2.5hrs"), a word with
// inner apostrophes, periods or hyphens and an optional trailing "+", a dash between numbers, a quotation mark.
const TOKEN =
  /(\d+(?:[.,]\d+)?(?:['’]?\p{L}+)?(?:\d+\p{L}*)?)|([\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*\.?\+?)|([-–—])|(["“”])/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const [raw, number, word, dash] = match;
    const start = match.index;
    const kind: TokenKind = number ? 'number' : word ? 'word' : dash ? 'dash' : 'quote';
    // A trailing period is kept in the token only for abbreviations such as "U.S."; a sentence's full stop is not
    // part of the word.
    let surface = raw;
    if (kind === 'word' && surface.endsWith('.') && !/\.\p{L}\.$/u.test(surface)) surface = surface.slice(0, -1);
    tokens.push({ text: surface, norm: normalizeToken(surface, kind), start, end: start + surface.length, kind });
  }
  return tokens;
}

/** The comparison form of one token (see `Token.norm`). */
export function normalizeToken(surface: string, kind: TokenKind = 'word'): string {
  const folded = foldText(surface).replace(/’/g, "'");
  if (kind === 'number') return folded.replace(/'/g, '').replace(',', '.');
  if (kind === 'word') return folded.replace(/['.-]/g, '');
  return folded;
}
