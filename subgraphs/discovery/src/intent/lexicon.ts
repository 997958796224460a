import { PhraseTable } from '../lib/PhraseTable.js';
import type { Token } from '../lib/tokenize.js';
import type { AvailabilityType, ContentType } from '../vocabulary/catalogTypes.js';
import type { ContentRatingLevel } from '../vocabulary/contentRating.js';
import { PLATFORMS } from '../vocabulary/platforms.js';
import { REGION_NAMES, type RegionName } from '../vocabulary/regions.js';
import { AUDIENCE_TERMS } from './data/audienceTerms.js';
import { AVAILABILITY_TERMS } from './data/availabilityTerms.js';
import { CONTENT_TYPE_TERMS, GENRE_TERMS, type GenreTerm } from './data/genreTerms.js';
import { MOOD_TERMS, type Mood } from './data/moods.js';
import {
  EDGE_STOPWORDS,
  FILLER_PHRASES,
  LIST_JOINERS,
  NEGATIONS,
  PERSON_TRIGGERS,
  PLATFORM_PREFIXES,
  RECOMMENDATION_STARTS,
  REFERENCE_TRIGGERS,
  REGION_PREFIXES,
  TRIVIA_STARTS,
  type PersonTrigger,
} from './data/phraseWords.js';
import {
  DECADE_PARTS,
  DECADE_WORDS,
  GUARDED_RELATIVE_YEARS,
  LAST_N_YEARS_PREFIXES,
  RELATIVE_YEARS,
  RUNTIME_ABOUT,
  RUNTIME_AT_LEAST,
  RUNTIME_AT_LEAST_AFTER,
  RUNTIME_AT_MOST,
  RUNTIME_AT_MOST_AFTER,
  RUNTIME_WORDS,
  YEAR_AFTER,
  YEAR_BEFORE,
  YEAR_EARLIER_AFTER,
  YEAR_ONWARDS_AFTER,
  YEAR_PREFIXES,
  YEAR_RANGE_JOINERS,
  YEAR_SINCE,
  YEAR_UNTIL,
} from './data/timeTerms.js';

/** A platform name found in a query. */
export interface PlatformTerm {
  id: string;
  guarded: boolean;
}

const set = <T>(words: Iterable<string>, value: T): [string, T][] => [...words].map((w) => [w, value]);

/**
 * Every word list of `data/` as phrase tables, built once at module load: the rules only look things up.
 */
export const LEXICON = {
  genres: new PhraseTable<GenreTerm>(GENRE_TERMS),
  moods: new PhraseTable<Mood>(Object.entries(MOOD_TERMS).flatMap(([mood, words]) => set(words, mood as Mood))),
  contentTypes: new PhraseTable<ContentType>(CONTENT_TYPE_TERMS),
  audience: new PhraseTable<ContentRatingLevel>(AUDIENCE_TERMS),
  availability: new PhraseTable<AvailabilityType>(AVAILABILITY_TERMS),
  platforms: new PhraseTable<PlatformTerm>([
    ...PLATFORMS.flatMap((p) => set(p.guardedAliases, { id: p.id, guarded: true })),
    ...PLATFORMS.flatMap((p) => set(p.aliases, { id: p.id, guarded: false })),
  ]),
  platformPrefixes: new PhraseTable<true>(set(PLATFORM_PREFIXES, true)),
  regions: new PhraseTable<RegionName>(REGION_NAMES.map((r) => [r.name, r])),
  regionPrefixes: new PhraseTable<true>(set(REGION_PREFIXES, true)),
  personTriggers: new PhraseTable<PersonTrigger>(PERSON_TRIGGERS),
  referenceTriggers: new PhraseTable<true>(set(REFERENCE_TRIGGERS, true)),
  negations: new PhraseTable<true>(set(NEGATIONS, true)),
  recommendationStarts: new PhraseTable<true>(set(RECOMMENDATION_STARTS, true)),
  triviaStarts: new PhraseTable<true>(set(TRIVIA_STARTS, true)),
  fillers: new PhraseTable<true>(set(FILLER_PHRASES, true)),
  listJoiners: new PhraseTable<true>(set(LIST_JOINERS, true)),
  decadeWords: new PhraseTable<number>(DECADE_WORDS),
  decadeParts: new PhraseTable<readonly [number, number]>(DECADE_PARTS),
  relativeYears: new PhraseTable(RELATIVE_YEARS),
  guardedRelativeYears: new PhraseTable(GUARDED_RELATIVE_YEARS),
  lastNYears: new PhraseTable<true>(set(LAST_N_YEARS_PREFIXES, true)),
  yearPrefixes: new PhraseTable<true>(set(YEAR_PREFIXES, true)),
  yearComparators: new PhraseTable<YearComparator>([
    ...set(YEAR_AFTER, 'after' as const),
    ...set(YEAR_SINCE, 'since' as const),
    ...set(YEAR_BEFORE, 'before' as const),
    ...set(YEAR_UNTIL, 'until' as const),
  ]),
  yearSuffixes: new PhraseTable<'onwards' | 'earlier'>([
    ...set(YEAR_ONWARDS_AFTER, 'onwards' as const),
    ...set(YEAR_EARLIER_AFTER, 'earlier' as const),
  ]),
  yearRangeJoiners: new PhraseTable<true>(set(YEAR_RANGE_JOINERS, true)),
  runtimeComparators: new PhraseTable<RuntimeComparator>([
    ...set(RUNTIME_AT_MOST, 'atMost' as const),
    ...set(RUNTIME_AT_LEAST, 'atLeast' as const),
    ...set(RUNTIME_ABOUT, 'about' as const),
  ]),
  runtimeSuffixes: new PhraseTable<RuntimeComparator>([
    ...set(RUNTIME_AT_MOST_AFTER, 'atMost' as const),
    ...set(RUNTIME_AT_LEAST_AFTER, 'atLeast' as const),
  ]),
  runtimeWords: new PhraseTable(RUNTIME_WORDS),
};

export type YearComparator = 'after' | 'since' | 'before' | 'until';
export type RuntimeComparator = 'atMost' | 'atLeast' | 'about';

/** Tables whose phrases start a rule; a name being read stops in front of any of them. */
const RULE_STARTS: readonly PhraseTable<unknown>[] = [
  LEXICON.genres, LEXICON.moods, LEXICON.contentTypes, LEXICON.audience, LEXICON.availability, LEXICON.platforms,
  LEXICON.personTriggers, LEXICON.referenceTriggers, LEXICON.negations, LEXICON.decadeWords, LEXICON.relativeYears,
  LEXICON.yearComparators, LEXICON.runtimeComparators, LEXICON.runtimeWords, LEXICON.fillers,
];

/**
 * Whether a name being read (a person after "starring", a title after "like") ends before `tokens[i]`: the end of the
 * query, a quote or dash, a number, a function word, or the start of another rule ("starring tom hanks on netflix").
 */
export function endsName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.kind !== 'word') return true;
  if (EDGE_STOPWORDS.has(token.norm)) return true;
  return RULE_STARTS.some((table) => table.match(tokens, i) !== null);
}

/** Whether the word at `i` is a function word that may sit inside a name ("Lord of the Rings", "Ben de Jong"). */
export function isNameParticle(token: Token | undefined): boolean {
  return token !== undefined && NAME_PARTICLES.has(token.norm);
}

const NAME_PARTICLES = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'to', 'for', 'at', 'de', 'del', 'da', 'di', 'van', 'von', 'der', 'le', 'la', 'du', 'y']);

/**
 * How many tokens from `i` on are covered by rule words, function words and numbers alone. A known title made only
 * of such words ("Feel Good", "From the 90s") is not protected from the rules, or "feel good movies" would lose its
 * mood to a series of that name.
 */
export function isAllRuleWords(tokens: readonly Token[], from: number, length: number): boolean {
  let k = from;
  const end = from + length;
  while (k < end) {
    const token = tokens[k];
    if (!token) return false;
    if (token.kind === 'number' || EDGE_STOPWORDS.has(token.norm)) {
      k++;
      continue;
    }
    const covered = Math.max(0, ...RULE_STARTS.map((table) => table.match(tokens, k, { maxLength: end - k })?.length ?? 0));
    if (covered === 0) return false;
    k += covered;
  }
  return true;
}
