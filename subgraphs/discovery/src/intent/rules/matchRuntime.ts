import { APPROXIMATE_RUNTIME_MARGIN } from '../data/timeTerms.js';
import { LEXICON, type RuntimeComparator } from '../lexicon.js';
import type { NumberRange } from '../ParsedIntent.js';
import { readDuration } from './readDuration.js';
import type { Rule } from './Rule.js';

/**
 * Runtime: "under two hours", "less than 100 min", "at least 90 minutes", "about an hour and a half", "90 minutes
 * or less", "2h max", "short", "not too long". Bounds are inclusive and in whole minutes: "under two hours" is at
 * most 120, because people mean "no longer than" and runtimes are rounded anyway. A duration with no comparator
 * ("a 90 minute movie") reads as about that long.
 */
export const matchRuntime: Rule = (context, i) => {
  const { tokens } = context;
  const word = LEXICON.runtimeWords.match(tokens, i);

  const before = LEXICON.runtimeComparators.match(tokens, i);
  const start = before ? i + before.length : i;
  const duration = readDuration(tokens, start);
  if (!duration) {
    return word ? { length: word.length, label: 'runtime', effect: { runtime: { ...word.value } } } : null;
  }
  if (duration.minutes <= 0) return null;

  let next = duration.next;
  let comparator: RuntimeComparator = before?.value ?? 'about';
  const after = before ? null : LEXICON.runtimeSuffixes.match(tokens, next);
  if (after) {
    comparator = after.value;
    next += after.length;
  }
  return { length: next - i, label: 'runtime', effect: { runtime: rangeFor(comparator, Math.round(duration.minutes)) } };
};

function rangeFor(comparator: RuntimeComparator, minutes: number): NumberRange {
  switch (comparator) {
    case 'atMost':
      return { min: null, max: minutes };
    case 'atLeast':
      return { min: minutes, max: null };
    case 'about':
      return { min: Math.max(1, minutes - APPROXIMATE_RUNTIME_MARGIN), max: minutes + APPROXIMATE_RUNTIME_MARGIN };
  }
}
