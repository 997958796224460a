import type { ContentRatingLevel } from '../catalog/ratingLevel.js';

/** A catalog title as recommending knows it in the graph: only its key; the catalog resolves the rest. */
export interface TitleRef {
  id: string;
}

/**
 * A profile as the router hands it over for `Profile.recommendations`: its key plus the restrictions identity
 * resolved (`@requires`) — identity resolves only the caller's own profiles, which is the ownership check.
 */
export interface ProfileRef {
  id: string;
  contentRestrictions?: {
    maxContentRating: ContentRatingLevel | null;
    blockedGenres: readonly string[];
    viewingAllowedNow: boolean;
  } | null;
}
