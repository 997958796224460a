/**
 * The small words of queries: the triggers that introduce people, references and negations, the words that start
 * a request for recommendations or trivia, and the filler that never belongs in the text query.
 */

/**
 * How sure a person trigger is. `strong` triggers take whatever name follows ("directed by nolan"); `weak` ones need
 * a person the vocabulary knows or a capitalised name ("director Nolan", "stars Zendaya"); `guarded` ones are also
 * everyday words and need a known person or a capitalised name of two words or more: "with Tom Hanks" but not
 * "with a twist", "by Christopher Nolan" but not "stand by me".
 */
export type TriggerStrength = 'strong' | 'weak' | 'guarded';

export interface PersonTrigger {
  role: 'director' | 'cast';
  strength: TriggerStrength;
}

function triggers(role: PersonTrigger['role'], strength: TriggerStrength, phrases: string[]): [string, PersonTrigger][] {
  return phrases.map((phrase) => [phrase, { role, strength }]);
}

/** Introduce a person: "directed by Michael Mann", "starring Tom Hanks", "with actor Idris Elba". */
export const PERSON_TRIGGERS: ReadonlyMap<string, PersonTrigger> = new Map([
  ...triggers('director', 'strong', ['directed by', 'from director', 'by director', 'a film by', 'a movie by', 'helmed by']),
  ...triggers('director', 'weak', ['director', 'films by', 'movies by', 'made by', 'directors']),
  ...triggers('director', 'guarded', ['by', 'from']),
  ...triggers('cast', 'strong', ['starring', 'featuring', 'with actor', 'with actress', 'played by', 'acted by', 'feat']),
  ...triggers('cast', 'weak', ['actor', 'actress', 'stars', 'star']),
  ...triggers('cast', 'guarded', ['with']),
]);

/** Introduce a reference title (§4: "like / similar to X"). */
export const REFERENCE_TRIGGERS = new Set([
  'like', 'similar to', 'such as', 'in the style of', 'reminiscent of', 'along the lines of', 'comparable to',
  'for fans of', 'fans of', 'if i liked', 'if you liked', 'if i loved', 'if you loved', 'same vibe as', 'in the vein of',
  'the likes of', 'similar', 'akin to',
]);
/** Words before "like" that make it a verb or a comparison of feelings, not a reference: "I'd like", "feel like". */
export const LIKE_AS_VERB_BEFORE = new Set(['i', 'id', 'would', 'you', 'we', 'they', 'feel', 'feels', 'look', 'looks', 'looked', 'd', 'dont', 'do', 'really']);

/** Negations: "not horror", "no romance", "without gore", "nothing scary", "anything but comedy". */
export const NEGATIONS = new Set(['not', 'no', 'non', 'without', 'except', 'excluding', 'minus', 'nothing', 'anything but', 'but not', 'avoid', 'skip']);

/** Start a request for recommendations (§4: "what…"/"suggest"). */
export const RECOMMENDATION_STARTS = [
  'what should i watch', 'what should we watch', 'what to watch', 'what can i watch', 'what is good', 'whats good',
  'suggest', 'suggest me', 'recommend', 'recommend me', 'any recommendations', 'recommendations', 'what are some',
  'what', 'give me', 'surprise me',
];
/** Start a factual question (§4: "who/when" → trivia). */
export const TRIVIA_STARTS = ['who', 'when', 'how many', 'how long', 'which year', 'what year', 'where was', 'is there a'];

/** Consumed wherever they appear: they say "I want to watch something", which every query means. */
export const FILLER_PHRASES = new Set([
  'show me', 'find me', 'find', 'search for', 'search', 'looking for', 'im looking for', 'i am looking for',
  'i want to watch', 'i want', 'i wanna watch', 'i wanna', 'want to watch', 'id like to watch', 'i would like to watch',
  'id like', 'i would like', 'something', 'anything', 'some', 'please', 'to watch', 'to stream', 'watch', 'tonight',
  'can you', 'could you', 'are there', 'is there', 'that are', 'that is', 'which are', 'available', 'streaming',
]);

/**
 * Function words dropped from the ends of the leftover text, never from its middle: "with a twist" becomes
 * "twist", while "lord of the rings" keeps its "of the".
 */
export const EDGE_STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'from', 'in', 'on', 'at', 'for', 'to', 'with', 'about', 'by', 'that',
  'which', 'who', 'are', 'is', 'be', 'me', 'i', 'my', 'we', 'us', 'our', 'it', 'its', 'set', 'some', 'any', 'ones', 'one',
  'stuff', 'kind', 'kinds', 'type', 'types', 'sort', 'where', 'has', 'have', 'had', 'where', 'like', 'also', 'very', 'really',
  'so', 'too', 'either', 'nor', 'than', 'then',
]);

/** Joins items of a list: "netflix or hulu", "Tom Hanks and Meg Ryan". */
export const LIST_JOINERS = new Set(['or', 'and', 'nor', '&']);

/** Introduce a platform: "on Netflix", "streaming on Hulu", "included with Prime". */
export const PLATFORM_PREFIXES = new Set([
  'on', 'via', 'at', 'from', 'with', 'in', 'streaming on', 'available on', 'watch on', 'stream on', 'included with',
  'included in', 'over',
]);

/** Introduce a region: "in the UK", "available in Canada". */
export const REGION_PREFIXES = new Set(['in', 'in the', 'available in', 'from the', 'streaming in']);
