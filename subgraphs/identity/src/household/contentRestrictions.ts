import type { ParentalControls } from './ParentalControls.js';
import { pinStillVerified } from './pinStillVerified.js';
import { withinViewingHours } from './withinViewingHours.js';
import { ratingRank, type ContentRating } from '../lib/contentRating.js';

/**
 * The rating a kids profile is held to when nobody has set an explicit limit: G and PG, the two MPAA ratings with
 * no minimum age (§2). A parent can raise or lower it by setting `contentRatingLimit`.
 */
export const KIDS_DEFAULT_RATING_LIMIT: ContentRating = 'PG';

/** What other subgraphs filter on (§6: search and recommendations drop anything above the limit or in a blocked genre). */
export interface ContentRestrictions {
  /** Highest allowed rating rank (G 0 … NC-17 4), inclusive; null for no limit. Content with no rating is the caller's call. */
  maxRatingRank: number | null;
  /** Lower-case genres to drop; compare lower-cased. */
  blockedGenres: string[];
  /** False outside the profile's viewing hours: playback and deep links should be refused, browsing may continue. */
  viewingAllowedNow: boolean;
}

const UNRESTRICTED: Readonly<ContentRestrictions> = Object.freeze({ maxRatingRank: null, blockedGenres: [], viewingAllowedNow: true });

/**
 * The restrictions in force for a profile at `now`.
 *
 * - Controls that are absent or disabled restrict nothing, except that a kids profile always has a rating limit:
 *   the `contentRatingLimit` of its enabled controls, or else `KIDS_DEFAULT_RATING_LIMIT` (PG).
 * - A PIN verified within the last 5 minutes lifts everything, the kids default included: the PIN is the parent
 *   standing beside the child saying "this one is fine", and is only good for 5 minutes (§6).
 */
export function contentRestrictions(
  controls: ParentalControls | null,
  now: Date,
  pinVerifiedAt: Date | null,
  profile: { isKids: boolean } = { isKids: false },
): ContentRestrictions {
  if (pinStillVerified(pinVerifiedAt, now)) return { ...UNRESTRICTED, blockedGenres: [] };
  const active = controls?.enabled ? controls : null;
  const limit = active?.contentRatingLimit ?? (profile.isKids ? KIDS_DEFAULT_RATING_LIMIT : null);
  return {
    maxRatingRank: limit === null ? null : ratingRank(limit),
    blockedGenres: active ? [...active.blockedGenres] : [],
    viewingAllowedNow: active ? withinViewingHours(active, now) : true,
  };
}
