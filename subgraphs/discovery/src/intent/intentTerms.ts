import { GENRE_LABELS } from '../vocabulary/genres.js';
import { PLATFORMS } from '../vocabulary/platforms.js';
import { REGION_NAMES } from '../vocabulary/regions.js';
import { AUDIENCE_TERMS } from './data/audienceTerms.js';
import { AVAILABILITY_TERMS } from './data/availabilityTerms.js';
import { CONTENT_TYPE_TERMS, GENRE_TERMS } from './data/genreTerms.js';
import { MOOD_TERMS } from './data/moods.js';
import { TENS, UNITS } from './data/numberWords.js';
import {
  EDGE_STOPWORDS,
  FILLER_PHRASES,
  LIKE_AS_VERB_BEFORE,
  LIST_JOINERS,
  NEGATIONS,
  PERSON_TRIGGERS,
  PLATFORM_PREFIXES,
  RECOMMENDATION_STARTS,
  REFERENCE_TRIGGERS,
  REGION_PREFIXES,
  TRIVIA_STARTS,
} from './data/phraseWords.js';
import {
  DECADE_PARTS,
  DECADE_WORDS,
  GUARDED_RELATIVE_YEARS,
  HOUR_UNITS,
  LAST_N_YEARS_PREFIXES,
  MINUTE_UNITS,
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

/**
 * Everyday words of search queries that none of the rule lists holds. They are in the spelling dictionary so a
 * correctly typed query word is never "corrected" into a title word ("travel" is no typo of "gravel").
 */
const QUERY_WORDS = [
  'about', 'after', 'again', 'alien', 'aliens', 'all', 'alone', 'also', 'animal', 'animals', 'another', 'army', 'art',
  'based', 'be', 'beautiful', 'best', 'big', 'book', 'books', 'boy', 'boys', 'brother', 'brothers', 'can', 'car', 'cars',
  'cast', 'castle', 'cat', 'cats', 'character', 'characters', 'child', 'christmas', 'city', 'college', 'coming', 'couple',
  'crazy', 'day', 'days', 'dead', 'death', 'demon', 'detectives', 'dog', 'dogs', 'dragon', 'dragons', 'dream', 'dreams',
  'earth', 'end', 'ending', 'ends', 'escape', 'even', 'ever', 'evil', 'fairy', 'fall', 'father', 'fight', 'fighting',
  'first', 'food', 'friend', 'friends', 'friendship', 'future', 'game', 'games', 'get', 'ghost', 'ghosts', 'girl', 'girls',
  'go', 'god', 'gods', 'good', 'great', 'group', 'gun', 'guns', 'hard', 'haunted', 'heist', 'hero', 'heroes', 'high',
  'home', 'hot', 'house', 'how', 'hunt', 'hunter', 'island', 'journey', 'just', 'kill', 'killer', 'killers', 'king',
  'lady', 'last', 'life', 'little', 'live', 'lives', 'living', 'lost', 'love', 'magic', 'man', 'many', 'men', 'mind',
  'mission', 'money', 'monster', 'monsters', 'more', 'most', 'mother', 'mountain', 'much', 'murder', 'must', 'night',
  'ocean', 'other', 'people', 'perfect', 'pirate', 'pirates', 'plot', 'police', 'power', 'prison', 'queen', 'real',
  'revenge', 'road', 'robot', 'robots', 'royal', 'school', 'sea', 'secret', 'secrets', 'ship', 'should', 'sister',
  'sisters', 'small', 'soldier', 'soldiers', 'son', 'space', 'sport', 'sports', 'story', 'stories', 'strong', 'summer',
  'super', 'survival', 'team', 'there', 'thing', 'things', 'time', 'town', 'travel', 'travelling', 'traveling', 'true',
  'twist', 'twists', 'two', 'vampire', 'vampires', 'village', 'war', 'wars', 'water', 'way', 'wedding', 'what', 'where',
  'while', 'will', 'winter', 'witch', 'witches', 'woman', 'women', 'world', 'worlds', 'year', 'years', 'young', 'zombie',
];

/**
 * Every word and phrase the intent parser understands, for the spelling dictionary: a typo of "thriller", "netflix" or
 * "nineties" is corrected before parsing, and these words are never corrected into something else.
 */
export function intentTerms(): string[] {
  const phrases = new Set<string>([
    ...GENRE_TERMS.keys(),
    ...Object.values(GENRE_LABELS),
    ...Object.values(MOOD_TERMS).flat(),
    ...CONTENT_TYPE_TERMS.keys(),
    ...AUDIENCE_TERMS.keys(),
    ...AVAILABILITY_TERMS.keys(),
    ...PLATFORMS.flatMap((p) => [p.name, ...p.aliases, ...p.guardedAliases]),
    ...REGION_NAMES.map((r) => r.name),
    ...UNITS.keys(),
    ...TENS.keys(),
    'hundred', 'half', 'couple', 'between',
    ...EDGE_STOPWORDS,
    ...FILLER_PHRASES,
    ...LIKE_AS_VERB_BEFORE,
    ...LIST_JOINERS,
    ...NEGATIONS,
    ...PERSON_TRIGGERS.keys(),
    ...PLATFORM_PREFIXES,
    ...RECOMMENDATION_STARTS,
    ...REFERENCE_TRIGGERS,
    ...REGION_PREFIXES,
    ...TRIVIA_STARTS,
    ...DECADE_PARTS.keys(),
    ...DECADE_WORDS.keys(),
    ...GUARDED_RELATIVE_YEARS.keys(),
    ...HOUR_UNITS,
    ...LAST_N_YEARS_PREFIXES,
    ...MINUTE_UNITS,
    ...RELATIVE_YEARS.keys(),
    ...RUNTIME_ABOUT,
    ...RUNTIME_AT_LEAST,
    ...RUNTIME_AT_LEAST_AFTER,
    ...RUNTIME_AT_MOST,
    ...RUNTIME_AT_MOST_AFTER,
    ...RUNTIME_WORDS.keys(),
    ...YEAR_AFTER,
    ...YEAR_BEFORE,
    ...YEAR_EARLIER_AFTER,
    ...YEAR_ONWARDS_AFTER,
    ...YEAR_PREFIXES,
    ...YEAR_RANGE_JOINERS,
    ...YEAR_SINCE,
    ...YEAR_UNTIL,
    ...QUERY_WORDS,
  ]);
  return [...phrases];
}
