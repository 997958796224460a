import type { Token } from '../../lib/tokenize.js';
import { EDGE_STOPWORDS } from '../data/phraseWords.js';
import { LEXICON } from '../lexicon.js';
import type { NumberRange } from '../ParsedIntent.js';
import { readDuration } from './readDuration.js';
import { readNumber } from './readNumber.js';
import type { Rule, RuleContext, RuleMatch } from './Rule.js';

/** The earliest year a film can have (the catalog's own lower bound for release years). */
const FIRST_FILM_YEAR = 1870;
/** Years announced this far ahead still count as years, not numbers. */
const YEARS_AHEAD = 5;

interface YearsRead {
  min: number;
  max: number;
  next: number;
}

// After "new"/"old", these keep them recency words: "new releases", "something new", "old ones".
const RECENCY_NOUNS = new Set(['releases', 'release', 'ones', 'stuff', 'stuffs', 'titles', 'content']);

/**
 * Release years: decades ("90s", "1990s", "'90s", "nineties", "the eighties", "early 2000s"), years ("1999", "in
 * 2004"), ranges ("from 2010 to 2015", "between 1990 and 1995", "1995-99"), comparisons ("after 2000" is 2001 on,
 * "since 2000" is 2000 on, "before 1980" is up to 1979, "2010 onwards", "pre-1980") and relative words ("recent",
 * "new", "this year", "last 5 years", "classic"; see `timeTerms.ts` for the numbers). Ranges are inclusive.
 *
 * Two-digit decades pick the most recent century that is not in the future: in 2025 "20s" is the 2020s and "30s"
 * the 1930s.
 */
export const matchYears: Rule = (context, i) =>
  matchRelative(context, i) ?? matchLastYears(context, i) ?? matchCompound(context, i) ?? matchAbsolute(context, i);

function match(length: number, min: number | null, max: number | null): RuleMatch {
  const yearRange: NumberRange = { min, max };
  return { length, label: 'year', effect: { yearRange } };
}

function matchRelative(context: RuleContext, i: number): RuleMatch | null {
  const { tokens, year } = context;
  const relative = LEXICON.relativeYears.match(tokens, i);
  if (relative) {
    const [min, max] = relative.value(year);
    return match(relative.length, min, max);
  }
  const guarded = LEXICON.guardedRelativeYears.match(tokens, i);
  if (!guarded || !endsRecencyWord(tokens, i + guarded.length)) return null;
  const [min, max] = guarded.value(year);
  return match(guarded.length, min, max);
}

/** "new" is a recency word before the end, a function word, a rule word ("new horror") or "releases". */
function endsRecencyWord(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.kind !== 'word') return true;
  if (EDGE_STOPWORDS.has(token.norm) || RECENCY_NOUNS.has(token.norm)) return true;
  return [LEXICON.genres, LEXICON.moods, LEXICON.contentTypes, LEXICON.platforms, LEXICON.availability].some(
    (table) => table.match(tokens, i) !== null,
  );
}

/** "last 5 years", "past ten years": from that many years back. */
function matchLastYears(context: RuleContext, i: number): RuleMatch | null {
  const { tokens, year } = context;
  const prefix = LEXICON.lastNYears.match(tokens, i);
  if (!prefix) return null;
  const count = readNumber(tokens, i + prefix.length);
  if (!count || !Number.isInteger(count.value) || count.value < 1 || count.value > 150) return null;
  if (!['years', 'year', 'yrs'].includes(tokens[count.next]?.norm ?? '')) return null;
  return match(count.next + 1 - i, year - count.value, null);
}

/** "pre-1980", "post2000", "mid-90s", "late-1980s": a comparator or decade part and the year in one token. */
function matchCompound(context: RuleContext, i: number): RuleMatch | null {
  const token = context.tokens[i];
  if (token?.kind !== 'word') return null;
  const comparison = /^(pre|post)(\d{4})$/.exec(token.norm);
  if (comparison) {
    const value = Number(comparison[2]);
    if (!isYear(value, context.year)) return null;
    return comparison[1] === 'pre' ? match(1, null, value - 1) : match(1, value + 1, null);
  }
  const part = /^(early|mid|middle|late)((?:\d{2}|\d{4})s)$/.exec(token.norm);
  const [from, to] = (part && LEXICON.decadeParts.get(part[1] ?? '')) ?? [];
  if (!part || from === undefined || to === undefined) return null;
  const decade = readDecade({ ...context, tokens: [{ ...token, kind: 'number', norm: part[2] ?? '' }] }, 0);
  return decade ? match(1, decade.start + from, decade.start + to) : null;
}

function matchAbsolute(context: RuleContext, i: number): RuleMatch | null {
  const { tokens } = context;
  let next = i;
  const comparator = LEXICON.yearComparators.match(tokens, next);
  if (comparator) next += comparator.length;
  else if (tokens[next]?.norm === 'between') next++;
  else {
    const prefix = LEXICON.yearPrefixes.match(tokens, next);
    if (prefix) next += prefix.length;
  }

  const first = readYears(context, next);
  if (!first) return null;
  next = first.next;

  if (comparator) {
    switch (comparator.value) {
      case 'after':
        return match(next - i, first.max + 1, null);
      case 'since':
        return match(next - i, first.min, null);
      case 'before':
        return match(next - i, null, first.min - 1);
      case 'until':
        return match(next - i, null, first.max);
    }
  }

  const joiner = LEXICON.yearRangeJoiners.match(tokens, next) ?? (tokens[next]?.kind === 'dash' ? { length: 1 } : null);
  if (joiner) {
    const second = readYears(context, next + joiner.length, first.min);
    if (second && second.max >= first.min) return match(second.next - i, first.min, second.max);
  }

  const suffix = LEXICON.yearSuffixes.match(tokens, next);
  if (suffix) {
    return suffix.value === 'onwards' ? match(next + suffix.length - i, first.min, null) : match(next + suffix.length - i, null, first.max);
  }
  return match(next - i, first.min, first.max);
}

/**
 * A year or decade at `i`, with an optional "the" and "early/mid/late" before a decade. `rangeStart` allows a
 * two-digit year completing a range ("1995-99").
 */
function readYears(context: RuleContext, i: number, rangeStart?: number): YearsRead | null {
  const { tokens, year } = context;
  let next = i;
  if (tokens[next]?.norm === 'the') next++;
  const part = LEXICON.decadeParts.match(tokens, next);
  if (part) next += part.length;

  const decade = readDecade(context, next);
  if (decade !== null) {
    const [from, to] = part?.value ?? [0, 9];
    return { min: decade.start + from, max: decade.start + to, next: decade.next };
  }
  // "early" must be followed by a decade.
  if (part) return null;

  const token = tokens[next];
  if (!token || token.kind !== 'number' || readDuration(tokens, next)) return null;
  if (/^\d{4}$/.test(token.norm)) {
    const value = Number(token.norm);
    return isYear(value, year) ? { min: value, max: value, next: next + 1 } : null;
  }
  if (rangeStart !== undefined && /^\d{2}$/.test(token.norm)) {
    const value = Math.floor(rangeStart / 100) * 100 + Number(token.norm);
    return value >= rangeStart ? { min: value, max: value, next: next + 1 } : null;
  }
  return null;
}

function readDecade(context: RuleContext, i: number): { start: number; next: number } | null {
  const { tokens, year } = context;
  const word = LEXICON.decadeWords.match(tokens, i);
  if (word) return { start: centuryFor(word.value, year), next: i + word.length };
  const token = tokens[i];
  const numeric = token?.kind === 'number' ? /^(\d{2}|\d{4})s$/.exec(token.norm) : null;
  if (!numeric?.[1]) return null;
  const digits = numeric[1];
  if (digits.length === 2) {
    const value = Number(digits);
    return value % 10 === 0 ? { start: centuryFor(value, year), next: i + 1 } : null;
  }
  const value = Number(digits);
  return value % 10 === 0 && isYear(value, year) ? { start: value, next: i + 1 } : null;
}

/** The decade starting `twoDigits` years into the latest century where it has begun by `year`. */
function centuryFor(twoDigits: number, year: number): number {
  const recent = Math.floor(year / 100) * 100 + twoDigits;
  return recent <= year ? recent : recent - 100;
}

function isYear(value: number, year: number): boolean {
  return Number.isInteger(value) && value >= FIRST_FILM_YEAR && value <= year + YEARS_AHEAD;
}
