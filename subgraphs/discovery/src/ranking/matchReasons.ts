import { foldText } from '../lib/foldText.js';
import { tokenize } from '../lib/tokenize.js';
import { MOOD_LABELS, type Mood } from '../intent/data/moods.js';
import { EDGE_STOPWORDS } from '../intent/data/phraseWords.js';
import type { ParsedIntent } from '../intent/ParsedIntent.js';
import { AVAILABILITY_LABELS } from '../vocabulary/catalogTypes.js';
import { GENRE_LABELS, normalizeGenre } from '../vocabulary/genres.js';
import { platformName } from '../vocabulary/platforms.js';
import { isAvailableAt, offerReaches } from './applyFilters.js';
import { MATCH_REASON_KINDS, type MatchReason } from './MatchReason.js';
import type { SearchCandidate } from './SearchCandidate.js';

/** Popularity from which "popular" is worth saying. */
export const POPULAR_THRESHOLD = 0.8;
/** Query words shorter than this are not reported as keyword matches ("matches 'an'" explains nothing). */
const MIN_KEYWORD_LENGTH = 3;

export interface MatchReasonOptions {
  /** Retrievers that returned the candidate: a vector hit with nothing more specific is "close in meaning". */
  retrievers?: readonly string[];
  /** Reasons the retrievers gave themselves (graph: "same director as Heat"). */
  retrieverReasons?: readonly MatchReason[];
  region?: string | null;
  now?: Date;
}

/**
 * Why a candidate matches the query, most telling first (the order of `MATCH_REASON_KINDS`): the people and titles
 * asked for, then genre, mood, era, runtime, platform, the query's own words, and finally "close in meaning" or
 * "popular" when nothing more specific applies. Only facts true of the candidate are reported.
 */
export function matchReasons(candidate: SearchCandidate, intent: ParsedIntent | null, options: MatchReasonOptions = {}): MatchReason[] {
  const reasons: MatchReason[] = [...(options.retrieverReasons ?? [])];
  const add = (kind: MatchReason['kind'], text: string) => {
    if (!reasons.some((r) => r.kind === kind && r.text === text)) reasons.push({ kind, text });
  };

  if (intent) {
    const directors = new Set(candidate.directors.map(foldText));
    const cast = new Set(candidate.cast.map(foldText));
    for (const person of intent.people) {
      const name = foldText(person.name);
      if (person.role !== 'cast' && directors.has(name)) add('person', `directed by ${person.name}`);
      if (person.role !== 'director' && cast.has(name)) add('person', `starring ${person.name}`);
    }

    const genres = new Set(candidate.genres.map((g) => normalizeGenre(g)));
    for (const genre of intent.genres) if (genres.has(genre)) add('genre', `genre: ${GENRE_LABELS[genre]}`);

    const moods = new Set((candidate.moods ?? []).map((m) => m.trim().toLowerCase().replace(/[\s-]+/g, '_')));
    for (const mood of intent.moods) if (moods.has(mood)) add('mood', `mood: ${MOOD_LABELS[mood as Mood]}`);

    const era = eraReason(candidate.releaseYear, intent.yearRange);
    if (era) add('era', era);

    const runtime = candidate.runtimeMinutes;
    if (intent.runtime && runtime !== null && within(runtime, intent.runtime)) add('runtime', `runs ${formatRuntime(runtime)}`);

    for (const text of offerReasons(candidate, intent, options)) add('platform', text);

    for (const word of keywordMatches(candidate, intent.text)) add('keyword', `matches '${word}'`);
  }

  const retrievers = options.retrievers ?? [];
  if (retrievers.includes('vector') && reasons.length === 0) add('semantic', 'close in meaning to your search');
  if (candidate.popularity >= POPULAR_THRESHOLD) add('popular', 'popular');

  return reasons.sort((a, b) => MATCH_REASON_KINDS.indexOf(a.kind) - MATCH_REASON_KINDS.indexOf(b.kind));
}

/** "from the 1990s" when the query asked for a whole decade, "from 1999" otherwise. */
function eraReason(year: number | null, range: ParsedIntent['yearRange']): string | null {
  if (year === null || !range || !within(year, range)) return null;
  const wholeDecade = range.min !== null && range.max !== null && range.min % 10 === 0 && range.max === range.min + 9;
  return wholeDecade ? `from the ${range.min}s` : `from ${year}`;
}

/** "on Netflix", "free on YouTube": offers available now in the region that match the query's platforms and types. */
function offerReasons(candidate: SearchCandidate, intent: ParsedIntent, options: MatchReasonOptions): string[] {
  if (intent.platforms.length === 0 && intent.availabilityTypes.length === 0) return [];
  const now = options.now ?? new Date();
  const region = intent.region ?? options.region ?? null;
  const texts: string[] = [];
  for (const offer of candidate.offers) {
    if (intent.platforms.length > 0 && !intent.platforms.includes(offer.platform)) continue;
    if (intent.availabilityTypes.length > 0 && !intent.availabilityTypes.includes(offer.availabilityType)) continue;
    if ((region && !offerReaches(offer, region)) || !isAvailableAt(offer, now)) continue;
    const platform = platformName(offer.platform);
    const text = intent.availabilityTypes.length > 0 ? `${AVAILABILITY_LABELS[offer.availabilityType]} on ${platform}` : `on ${platform}`;
    if (!texts.includes(text)) texts.push(text);
  }
  return texts;
}

/** Words of the text query found as whole words in the title, keywords or overview. */
function keywordMatches(candidate: SearchCandidate, text: string): string[] {
  const words = tokenize(text).filter((t) => t.kind === 'word' && t.norm.length >= MIN_KEYWORD_LENGTH && !EDGE_STOPWORDS.has(t.norm));
  if (words.length === 0) return [];
  const haystack = new Set(
    [candidate.title, ...(candidate.keywords ?? []), candidate.overview ?? ''].flatMap((field) => tokenize(field).map((t) => t.norm)),
  );
  return [...new Set(words.filter((w) => haystack.has(w.norm)).map((w) => w.text.toLowerCase()))];
}

function within(value: number, range: { min: number | null; max: number | null }): boolean {
  return (range.min === null || value >= range.min) && (range.max === null || value <= range.max);
}

/** 112 → "1 h 52 min", 45 → "45 min". */
function formatRuntime(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
