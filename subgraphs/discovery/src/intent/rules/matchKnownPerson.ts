import { isAllRuleWords } from '../lexicon.js';
import type { Rule } from './Rule.js';

/**
 * A person the vocabulary knows, of two words or more, named without a trigger: "Christopher Nolan time travel"
 * (§16 scenario 7). The role is unknown, so it is `any`.
 */
export const matchKnownPerson: Rule = (context, i) => {
  const found = context.vocabulary.people.match(context.tokens, i, {
    minLength: 2,
    accept: (_, length) => !isAllRuleWords(context.tokens, i, length),
  });
  return found ? { length: found.length, label: 'person', effect: { people: [{ role: 'any', name: found.value.display }] } } : null;
};
