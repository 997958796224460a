import { LEXICON } from '../lexicon.js';
import type { PersonMention } from '../ParsedIntent.js';
import type { TriggerStrength } from '../data/phraseWords.js';
import { isCapitalised, readName } from './readName.js';
import type { Rule, RuleContext } from './Rule.js';

const MAX_NAME_WORDS = 4;
const MAX_LOWERCASE_NAME_WORDS = 3;

/**
 * "directed by Michael Mann", "starring Tom Hanks and Meg Ryan", "with Zendaya" (§4: "starring / directed by" →
 * person). The trigger's strength decides how much evidence the name needs (see `TriggerStrength`).
 */
export const matchPerson: Rule = (context, i) => {
  const trigger = LEXICON.personTriggers.match(context.tokens, i);
  if (!trigger) return null;
  const { role, strength } = trigger.value;

  let next = i + trigger.length;
  const first = readPerson(context, next, strength);
  if (!first) return null;
  const people: PersonMention[] = [{ role, name: first.text }];
  next += first.length;

  // "starring Tom Hanks and Meg Ryan": later names need the evidence of a weak trigger.
  while (LEXICON.listJoiners.match(context.tokens, next)) {
    const more = readPerson(context, next + 1, 'weak');
    if (!more) break;
    people.push({ role, name: more.text });
    next += 1 + more.length;
  }
  return { length: next - i, label: 'person', effect: { people } };
};

function readPerson(context: RuleContext, i: number, strength: TriggerStrength): { text: string; length: number } | null {
  const { tokens, vocabulary } = context;
  const known = vocabulary.people.match(tokens, i);
  if (known) return { text: known.value.display, length: known.length };
  const bySurname = tokens[i] ? vocabulary.personBySurname(tokens[i].norm) : undefined;
  if (bySurname) return { text: bySurname.display, length: 1 };

  const token = tokens[i];
  if (!token) return null;
  if (strength !== 'strong' && !isCapitalised(token)) return null;
  const typed = readName(context, i, {
    lowercase: strength === 'strong',
    maxWords: isCapitalised(token) ? MAX_NAME_WORDS : MAX_LOWERCASE_NAME_WORDS,
  });
  if (!typed) return null;
  if (strength === 'guarded' && typed.length < 2) return null;
  return typed;
}
