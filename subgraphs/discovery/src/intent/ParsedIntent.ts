import type { ContentRatingLevel } from '../vocabulary/contentRating.js';
import type { AvailabilityType, ContentType } from '../vocabulary/catalogTypes.js';
import type { Genre } from '../vocabulary/genres.js';
import type { Mood } from './data/moods.js';

/**
 * What a free-text query asks for, in the catalog's vocabulary. Lists are empty and ranges null when the query
 * says nothing about them, so a resolver maps each field straight onto the schema's `QueryParsed` type.
 */
export interface ParsedIntent {
  /** §4: "what…"/"suggest" ask for recommendations, "who"/"when" are trivia, anything else is a search. */
  kind: IntentKind;
  /** Genres asked for, in the order the query names them; a title matching any of them qualifies (§4: genres OR). */
  genres: Genre[];
  /** "not horror", "no romance". */
  excludedGenres: Genre[];
  moods: Mood[];
  excludedMoods: Mood[];
  contentTypes: ContentType[];
  /** Inclusive release years; either bound may be null. */
  yearRange: NumberRange | null;
  /** Inclusive runtime in minutes; either bound may be null. */
  runtime: NumberRange | null;
  /** Catalog platform ids ("netflix", "prime_video"). */
  platforms: string[];
  availabilityTypes: AvailabilityType[];
  /** The strictest rating limit the query implies ("for kids" → PG), or null. */
  maxContentRating: ContentRatingLevel | null;
  people: PersonMention[];
  /** Titles the query compares against ("like Heat"), spelled as the catalogue spells them when it knows them. */
  references: string[];
  /** ISO 3166-1 alpha-2 region named in the query ("in the UK" → "GB"), or null. */
  region: string | null;
  /** What is left for keyword and vector search once the structure is taken out; may be ''. */
  text: string;
  /** Every token of the query, grouped into labelled spans, in order. */
  spans: IntentSpan[];
  /** In [0, 1]; §4 gives the rule parser 0.5 and caches LLM answers only from 0.7. */
  confidence: number;
  /** Which parser produced this intent. */
  parser: string;
}

export type IntentKind = 'search' | 'recommendation' | 'trivia';

export interface NumberRange {
  min: number | null;
  max: number | null;
}

export interface PersonMention {
  role: PersonRole;
  /** The catalogue's spelling when the vocabulary knows the person, else the query's words. */
  name: string;
}

/** `any` is a known name with no trigger word: "Christopher Nolan time travel". */
export type PersonRole = 'director' | 'cast' | 'any';

/**
 * A run of the query and what the parser made of it. `start`/`end` are UTF-16 offsets into the original text
 * (`end` exclusive). `text` and `title` spans are the ones left in `ParsedIntent.text`; `stopword` spans are the
 * function words trimmed from its edges.
 */
export interface IntentSpan {
  label: SpanLabel;
  start: number;
  end: number;
  text: string;
}

export type SpanLabel =
  | 'kind'
  | 'genre'
  | 'excludedGenre'
  | 'mood'
  | 'excludedMood'
  | 'contentType'
  | 'year'
  | 'runtime'
  | 'platform'
  | 'availability'
  | 'audience'
  | 'region'
  | 'person'
  | 'reference'
  | 'title'
  | 'filler'
  | 'stopword'
  | 'text';
