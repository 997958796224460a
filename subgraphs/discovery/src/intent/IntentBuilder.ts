import type { AvailabilityType, ContentType } from '../vocabulary/catalogTypes.js';
import { stricterRating, type ContentRatingLevel } from '../vocabulary/contentRating.js';
import type { Genre } from '../vocabulary/genres.js';
import type { Mood } from './data/moods.js';
import type { IntentKind, NumberRange, ParsedIntent, PersonMention } from './ParsedIntent.js';
import type { IntentEffect } from './rules/Rule.js';

/**
 * Accumulates rule effects in query order. Lists keep the first mention of each value; ranges intersect ("90s after
 * 1995" is 1996–1999) unless the intersection is empty, when the later phrase wins (people correct themselves:
 * "from the 80s, no, the 90s"); the strictest rating limit wins, because a limit protects someone.
 */
export class IntentBuilder {
  private kind: IntentKind = 'search';
  private readonly genres = new Set<Genre>();
  private readonly excludedGenres = new Set<Genre>();
  private readonly moods = new Set<Mood>();
  private readonly excludedMoods = new Set<Mood>();
  private readonly contentTypes = new Set<ContentType>();
  private readonly platforms = new Set<string>();
  private readonly availabilityTypes = new Set<AvailabilityType>();
  private readonly references = new Set<string>();
  private readonly people = new Map<string, PersonMention>();
  private yearRange: NumberRange | null = null;
  private runtime: NumberRange | null = null;
  private maxContentRating: ContentRatingLevel | null = null;
  private region: string | null = null;

  setKind(kind: IntentKind): void {
    this.kind = kind;
  }

  apply(effect: IntentEffect): void {
    if (effect.kind) this.kind = effect.kind;
    addAll(this.genres, effect.genres);
    addAll(this.excludedGenres, effect.excludedGenres);
    addAll(this.moods, effect.moods);
    addAll(this.excludedMoods, effect.excludedMoods);
    addAll(this.contentTypes, effect.contentTypes);
    addAll(this.platforms, effect.platforms);
    addAll(this.availabilityTypes, effect.availabilityTypes);
    addAll(this.references, effect.references);
    for (const person of effect.people ?? []) {
      const key = `${person.role}:${person.name.toLowerCase()}`;
      if (!this.people.has(key)) this.people.set(key, person);
    }
    if (effect.yearRange) this.yearRange = intersect(this.yearRange, effect.yearRange);
    if (effect.runtime) this.runtime = intersect(this.runtime, effect.runtime);
    if (effect.maxContentRating) this.maxContentRating = stricterRating(this.maxContentRating, effect.maxContentRating);
    if (effect.region) this.region = effect.region;
  }

  build(text: string, spans: ParsedIntent['spans'], confidence: number, parser: string): ParsedIntent {
    return {
      kind: this.kind,
      // "horror but not horror" cannot mean both; the exclusion is the later, more deliberate word.
      genres: [...this.genres].filter((g) => !this.excludedGenres.has(g)),
      excludedGenres: [...this.excludedGenres],
      moods: [...this.moods].filter((m) => !this.excludedMoods.has(m)),
      excludedMoods: [...this.excludedMoods],
      contentTypes: [...this.contentTypes],
      yearRange: this.yearRange,
      runtime: this.runtime,
      platforms: [...this.platforms],
      availabilityTypes: [...this.availabilityTypes],
      maxContentRating: this.maxContentRating,
      people: [...this.people.values()],
      references: [...this.references],
      region: this.region,
      text,
      spans,
      confidence,
      parser,
    };
  }
}

function addAll<T>(target: Set<T>, values: readonly T[] | undefined): void {
  for (const value of values ?? []) target.add(value);
}

function intersect(current: NumberRange | null, next: NumberRange): NumberRange {
  if (current === null) return { ...next };
  const min = maxOf(current.min, next.min);
  const max = minOf(current.max, next.max);
  return min !== null && max !== null && min > max ? { ...next } : { min, max };
}

function maxOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function minOf(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}
