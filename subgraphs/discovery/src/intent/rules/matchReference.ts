import { LEXICON } from '../lexicon.js';
import { LIKE_AS_VERB_BEFORE } from '../data/phraseWords.js';
import { readName } from './readName.js';
import type { Rule, RuleContext } from './Rule.js';

const MAX_TITLE_WORDS = 8;

/**
 * "like Heat", "similar to The Dark Knight", "like Heat or Ronin" (§4: "like / similar to X" → reference title).
 * A title the vocabulary knows is reported in the catalogue's spelling; otherwise the words as typed.
 * "I'd like", "feel like" and a "like" with nothing name-like after it are no references.
 */
export const matchReference: Rule = (context, i) => {
  const { tokens } = context;
  const trigger = LEXICON.referenceTriggers.match(tokens, i);
  if (!trigger) return null;
  if (tokens[i]?.norm === 'like' && trigger.length === 1 && LIKE_AS_VERB_BEFORE.has(tokens[i - 1]?.norm ?? '')) return null;

  const references: string[] = [];
  let next = i + trigger.length;
  const first = readTitle(context, next);
  if (!first) return null;
  references.push(first.text);
  next += first.length;

  // "like Heat or Ronin", "like Heat and Collateral"
  while (LEXICON.listJoiners.match(tokens, next)) {
    const more = readTitle(context, next + 1);
    if (!more) break;
    references.push(more.text);
    next += 1 + more.length;
  }
  return { length: next - i, label: 'reference', effect: { references } };
};

function readTitle(context: RuleContext, i: number): { text: string; length: number } | null {
  const known = context.vocabulary.titles.match(context.tokens, i);
  if (known) return { text: known.value.display, length: known.length };
  const typed = readName(context, i, { lowercase: true, maxWords: MAX_TITLE_WORDS });
  if (!typed) return null;
  // A quoted title may still be one the vocabulary knows.
  const quoted = context.vocabulary.titles.get(typed.text);
  return { text: quoted?.display ?? typed.text, length: typed.length };
}
