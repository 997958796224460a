import { VIDEO_QUALITIES, type Preferences, type VideoQuality } from './Preferences.js';
import { canonicalLanguageList } from './canonicalLanguageList.js';
import { CONTENT_RATINGS, isContentRating } from '../lib/contentRating.js';
import { normalizeGenreList } from '../lib/normalizeGenreList.js';
import { parsed, type Parsed } from '../lib/Parsed.js';

/** Replace a list with `set`, or edit it with `add` and `remove` (never both kinds at once). */
export interface ListChange {
  set?: readonly string[] | null;
  add?: readonly string[] | null;
  remove?: readonly string[] | null;
}

/**
 * A partial update of `Preferences`. An absent or null field is left as it is, except `maxContentRating`, where
 * null is a value ("no limit") and only an absent field means "unchanged".
 */
export interface PreferenceChange {
  favoriteGenres?: ListChange | null;
  dislikedGenres?: ListChange | null;
  /** The complete new order; ordering is the point of this list, so it is only ever replaced whole. */
  preferredLanguages?: readonly string[] | null;
  subscribedPlatforms?: ListChange | null;
  maxContentRating?: string | null;
  preferredVideoQuality?: string | null;
  autoplayNext?: boolean | null;
}

export interface PreferenceChangeOptions {
  /** Whether a platform id exists in the catalog; identity cannot ask the catalog itself. Default: accept any well-formed id. */
  knownPlatform?: (id: string) => boolean;
}

const PLATFORM_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const MAX_PLATFORMS = 50;

/**
 * Applies a change to a user's preferences, reporting every problem at once (§7).
 *
 * Favourite and disliked genres never overlap: a genre added to (or set in) one list is taken out of the other,
 * so "I like horror now" needs one call, not two. Naming the same genre for both lists in one change is a problem,
 * since there is no telling which the user meant.
 */
export function applyPreferenceChange(current: Preferences, change: PreferenceChange, options: PreferenceChangeOptions = {}): Parsed<Preferences> {
  const problems: string[] = [];
  const next: Preferences = { ...current };

  const favorites = applyGenreChange('favoriteGenres', current.favoriteGenres, change.favoriteGenres, problems);
  const dislikes = applyGenreChange('dislikedGenres', current.dislikedGenres, change.dislikedGenres, problems);
  const both = [...favorites.asserted].filter((genre) => dislikes.asserted.has(genre));
  if (both.length > 0) problems.push(`genres cannot be both favorite and disliked: ${both.join(', ')}`);
  const disliked = dislikes.list.filter((genre) => !favorites.asserted.has(genre));
  // Only stored data from before this rule can still overlap here; a dislike wins, since recommending something the
  // user dislikes is worse than missing a favourite.
  const dislikedSet = new Set(disliked);
  next.favoriteGenres = favorites.list.filter((genre) => !dislikes.asserted.has(genre) && !dislikedSet.has(genre));
  next.dislikedGenres = disliked;

  if (change.preferredLanguages != null) next.preferredLanguages = canonicalLanguageList(change.preferredLanguages, problems);

  if (change.subscribedPlatforms != null) {
    const platforms = applyListChange('subscribedPlatforms', current.subscribedPlatforms, change.subscribedPlatforms, problems, (values) =>
      values.map((value) => value.trim().toLowerCase()),
    );
    const malformed = platforms.list.filter((id) => !PLATFORM_ID.test(id));
    if (malformed.length > 0) problems.push(`subscribedPlatforms has malformed platform ids: ${malformed.map((id) => JSON.stringify(id)).join(', ')}`);
    const knownPlatform = options.knownPlatform;
    const unknown = knownPlatform ? [...platforms.asserted].filter((id) => PLATFORM_ID.test(id) && !knownPlatform(id)) : [];
    if (unknown.length > 0) problems.push(`subscribedPlatforms has unknown platform ids: ${unknown.join(', ')}`);
    if (platforms.list.length > MAX_PLATFORMS) problems.push(`subscribedPlatforms accepts at most ${MAX_PLATFORMS} platforms, got ${platforms.list.length}`);
    next.subscribedPlatforms = platforms.list;
  }

  if (change.maxContentRating !== undefined) {
    if (change.maxContentRating === null) next.maxContentRating = null;
    else if (isContentRating(change.maxContentRating)) next.maxContentRating = change.maxContentRating;
    else problems.push(`maxContentRating must be one of ${CONTENT_RATINGS.join(', ')} or null, got ${JSON.stringify(change.maxContentRating)}`);
  }

  if (change.preferredVideoQuality != null) {
    if (isVideoQuality(change.preferredVideoQuality)) next.preferredVideoQuality = change.preferredVideoQuality;
    else problems.push(`preferredVideoQuality must be one of ${VIDEO_QUALITIES.join(', ')}, got ${JSON.stringify(change.preferredVideoQuality)}`);
  }

  if (change.autoplayNext != null) next.autoplayNext = change.autoplayNext;

  return parsed(problems, next);
}

function isVideoQuality(value: string): value is VideoQuality {
  return (VIDEO_QUALITIES as readonly string[]).includes(value);
}

interface ListResult {
  list: string[];
  /** Values the change put into the list (by `set` or `add`), normalised. */
  asserted: Set<string>;
}

function applyGenreChange(field: string, current: readonly string[], change: ListChange | null | undefined, problems: string[]): ListResult {
  if (change == null) return { list: [...current], asserted: new Set() };
  return applyListChange(field, current, change, problems, (values) => normalizeGenreList(field, values, problems));
}

function applyListChange(
  field: string,
  current: readonly string[],
  change: ListChange,
  problems: string[],
  normalize: (values: readonly string[]) => string[],
): ListResult {
  if (change.set != null && (change.add != null || change.remove != null)) {
    problems.push(`${field} takes either set, or add and remove, not both`);
  }
  if (change.set != null) {
    const list = [...new Set(normalize(change.set))];
    return { list, asserted: new Set(list) };
  }
  const added = normalize(change.add ?? []);
  const removed = new Set(normalize(change.remove ?? []));
  const clash = added.filter((value) => removed.has(value));
  if (clash.length > 0) problems.push(`${field} cannot add and remove the same value: ${clash.join(', ')}`);
  const list = [...new Set([...current, ...added])].filter((value) => !removed.has(value));
  return { list, asserted: new Set(added) };
}
