import type { Token } from '../../lib/tokenize.js';
import type { AvailabilityType, ContentType } from '../../vocabulary/catalogTypes.js';
import type { ContentRatingLevel } from '../../vocabulary/contentRating.js';
import type { Genre } from '../../vocabulary/genres.js';
import type { Mood } from '../data/moods.js';
import type { IntentVocabulary } from '../IntentVocabulary.js';
import type { IntentKind, NumberRange, PersonMention, SpanLabel } from '../ParsedIntent.js';

/** What every rule sees: the query's tokens, the vocabulary and the current year. */
export interface RuleContext {
  /** The query as typed; token offsets index it. */
  source: string;
  tokens: readonly Token[];
  vocabulary: IntentVocabulary;
  year: number;
}

/** What one rule took out of the query at a position: how many tokens, their label, and their meaning. */
export interface RuleMatch {
  length: number;
  label: SpanLabel;
  effect: IntentEffect;
}

/** One match's contribution to the intent; `parseIntent` merges them in query order. */
export interface IntentEffect {
  kind?: IntentKind;
  genres?: readonly Genre[];
  excludedGenres?: readonly Genre[];
  moods?: readonly Mood[];
  excludedMoods?: readonly Mood[];
  contentTypes?: readonly ContentType[];
  yearRange?: NumberRange;
  runtime?: NumberRange;
  platforms?: readonly string[];
  availabilityTypes?: readonly AvailabilityType[];
  maxContentRating?: ContentRatingLevel;
  people?: readonly PersonMention[];
  references?: readonly string[];
  region?: string;
}

/** A rule tries to match at `tokens[i]`; null when it does not apply there. */
export type Rule = (context: RuleContext, i: number) => RuleMatch | null;
