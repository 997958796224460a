import { tokenize, type Token } from '../lib/tokenize.js';
import { EDGE_STOPWORDS } from './data/phraseWords.js';
import { IntentBuilder } from './IntentBuilder.js';
import { IntentVocabulary } from './IntentVocabulary.js';
import { LEXICON } from './lexicon.js';
import type { IntentSpan, ParsedIntent, SpanLabel } from './ParsedIntent.js';
import { matchAudience } from './rules/matchAudience.js';
import { matchAvailability } from './rules/matchAvailability.js';
import { matchFiller } from './rules/matchFiller.js';
import { matchKnownPerson } from './rules/matchKnownPerson.js';
import { matchKnownTitle } from './rules/matchKnownTitle.js';
import { matchLexicon } from './rules/matchLexicon.js';
import { matchNegation } from './rules/matchNegation.js';
import { matchPlatform } from './rules/matchPlatform.js';
import { matchRecommendationStart } from './rules/matchRecommendationStart.js';
import { matchRegion } from './rules/matchRegion.js';
import { matchPerson } from './rules/matchPerson.js';
import { matchReference } from './rules/matchReference.js';
import { matchRuntime } from './rules/matchRuntime.js';
import { matchYears } from './rules/matchYears.js';
import type { Rule, RuleContext } from './rules/Rule.js';

/** §4: the rule parser's answers carry confidence 0.5 (an LLM answer is trusted and cached from 0.7). */
export const RULE_PARSER_CONFIDENCE = 0.5;
export const RULE_PARSER_NAME = 'rules';

export interface ParseIntentOptions {
  /**
   * "Now" for relative years ("recent", "last year", two-digit decades).
   * @default new Date()
   */
  now?: Date;
}

/**
 * Tried in this order at each position; the first that matches takes its tokens. Triggered names come first so
 * "like The Dark Knight" is a reference before "dark" can be a mood; known multi-word titles come before the word
 * rules so "Free Solo" stays a title; runtime comes before years so "100 minutes" is no year; filler comes before the
 * genre words so the "show" of "show me" is no TV show.
 */
const RULES: readonly Rule[] = [
  matchRecommendationStart,
  matchReference,
  matchPerson,
  matchKnownTitle,
  matchKnownPerson,
  matchNegation,
  matchRuntime,
  matchYears,
  matchAudience,
  matchRegion,
  matchPlatform,
  matchAvailability,
  matchFiller,
  matchLexicon,
];

/**
 * Understands a free-text query offline (PRODUCT_SPEC §4 rule parser): genres and sub-genres, moods, years and
 * decades, runtime, platforms, availability, audience, region, people and reference titles. What no rule takes is
 * the text query, with function words trimmed from its edges.
 *
 * @example
 * parseIntent('dark sci-fi thrillers from the 90s under two hours on Netflix', vocabulary)
 * // genres [science_fiction, thriller], moods [dark], yearRange 1990–1999, runtime ≤ 120, platforms [netflix], text ''
 */
export function parseIntent(
  text: string,
  vocabulary: IntentVocabulary = IntentVocabulary.EMPTY,
  options: ParseIntentOptions = {},
): ParsedIntent {
  const tokens = tokenize(text);
  const context: RuleContext = { source: text, tokens, vocabulary, year: (options.now ?? new Date()).getUTCFullYear() };
  const builder = new IntentBuilder();
  const trivia = LEXICON.triviaStarts.match(tokens, 0) !== null;
  if (trivia) builder.setKind('trivia');

  const groups: { label: SpanLabel; from: number; to: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = firstMatch(context, i);
    if (found) {
      builder.apply(found.effect);
      groups.push({ label: found.label, from: i, to: i + found.length - 1 });
      i += found.length;
    } else {
      groups.push({ label: 'text', from: i, to: i });
      i++;
    }
  }

  const spans = trimTextRuns(tokens, groups).map(({ label, from, to }): IntentSpan => {
    const start = tokens[from]?.start ?? 0;
    const end = tokens[to]?.end ?? start;
    return { label, start, end, text: text.slice(start, end) };
  });
  // A trivia question is answered from its words as asked ("who directed Heat"), so none are dropped.
  const query = trivia
    ? text.trim()
    : spans
        .filter((s) => s.label === 'text' || s.label === 'title')
        .map((s) => s.text)
        .join(' ');
  return builder.build(query, spans, RULE_PARSER_CONFIDENCE, RULE_PARSER_NAME);
}

function firstMatch(context: RuleContext, i: number) {
  for (const rule of RULES) {
    const found = rule(context, i);
    if (found && found.length > 0) return found;
  }
  return null;
}

/**
 * Joins consecutive unmatched tokens into one text span and relabels function words, quotes and dashes at its
 * edges as `stopword`: "with a twist" keeps "twist", "lord of the rings" keeps its "of the".
 */
function trimTextRuns(
  tokens: readonly Token[],
  groups: readonly { label: SpanLabel; from: number; to: number }[],
): { label: SpanLabel; from: number; to: number }[] {
  const out: { label: SpanLabel; from: number; to: number }[] = [];
  let k = 0;
  while (k < groups.length) {
    const group = groups[k] as (typeof groups)[number];
    if (group.label !== 'text') {
      out.push(group);
      k++;
      continue;
    }
    let end = k;
    while (groups[end + 1]?.label === 'text') end++;
    let from = group.from;
    let to = (groups[end] as (typeof groups)[number]).to;
    const leading: number[] = [];
    const trailing: number[] = [];
    while (from <= to && isTrimmable(tokens[from])) leading.push(from++);
    while (to >= from && isTrimmable(tokens[to])) trailing.unshift(to--);
    for (const t of leading) out.push({ label: 'stopword', from: t, to: t });
    if (from <= to) out.push({ label: 'text', from, to });
    for (const t of trailing) out.push({ label: 'stopword', from: t, to: t });
    k = end + 1;
  }
  return out;
}

function isTrimmable(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'quote' || token.kind === 'dash' || EDGE_STOPWORDS.has(token.norm));
}
