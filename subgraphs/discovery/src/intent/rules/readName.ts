import type { Token } from '../../lib/tokenize.js';
import { LEXICON, endsName, isNameParticle } from '../lexicon.js';
import type { RuleContext } from './Rule.js';

/** A name read from the query: its words as typed and how many tokens it spans (quotes included). */
export interface NameRead {
  text: string;
  length: number;
}

/**
 * Reads a name nobody told us about, at `tokens[i]`, the way people type one:
 * - between quotes: everything up to the closing quote ("like “The Thing”");
 * - capitalised: a run of capitalised words, with particles inside when a capitalised word follows them ("Lord of
 *   the Rings", "Guillermo del Toro"); a platform name ends it ("Heat On Netflix");
 * - otherwise, only when `lowercase` allows it: words up to the next function word or rule ("like heat on netflix").
 * At most `maxWords` words.
 */
export function readName(
  context: RuleContext,
  i: number,
  options: { lowercase: boolean; maxWords: number },
): NameRead | null {
  const { tokens } = context;
  const first = tokens[i];
  if (!first) return null;

  if (first.kind === 'quote') {
    const close = tokens.findIndex((t, k) => k > i && t.kind === 'quote');
    if (close <= i + 1) return null;
    return { text: sourceText(context, i + 1, close - 1), length: close - i + 1 };
  }

  if (isCapitalised(first) && !startsHardBoundary(tokens, i)) {
    let end = i + 1;
    while (end - i < options.maxWords) {
      const token = tokens[end];
      if (token && isCapitalised(token) && !startsHardBoundary(tokens, end)) {
        end++;
        continue;
      }
      // A particle joins the name only when a capitalised word comes after it.
      let k = end;
      while (isNameParticle(tokens[k]) && !isCapitalised(tokens[k] as Token)) k++;
      const after = tokens[k];
      if (k > end && after && isCapitalised(after) && !startsHardBoundary(tokens, k) && k - i < options.maxWords) {
        end = k + 1;
        continue;
      }
      break;
    }
    return { text: sourceText(context, i, end - 1), length: end - i };
  }

  if (!options.lowercase || endsName(tokens, i)) return null;
  let end = i + 1;
  while (end - i < options.maxWords && !endsName(tokens, end)) end++;
  return { text: sourceText(context, i, end - 1), length: end - i };
}

export function isCapitalised(token: Token): boolean {
  return token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

/**
 * What ends even a capitalised name: a platform ("Heat On Netflix"), a number, a quote or dash. Other rule words
 * may be part of a capitalised title ("Scary Movie", "Dark Waters").
 */
function startsHardBoundary(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.kind !== 'word') return true;
  return LEXICON.platforms.match(tokens, i) !== null || LEXICON.referenceTriggers.match(tokens, i) !== null;
}

/** The query's own text from token `from` to token `to`, inner punctuation included ("Spider-Man: No Way Home"). */
export function sourceText(context: RuleContext, from: number, to: number): string {
  const first = context.tokens[from];
  const last = context.tokens[to];
  return first && last ? context.source.slice(first.start, last.end) : '';
}
