import type { ContentRestrictions } from '../ranking/SearchFilters.js';

/** A catalog title as discovery knows it in the graph: only its key; the catalog resolves the rest. */
export interface TitleRef {
  id: string;
}

/**
 * A profile as the router hands it over for `Profile.search`: its key plus the restrictions identity resolved
 * (`@requires`), already shaped by identity's rules (viewing hours, a verified PIN lifting the limit).
 */
export interface ProfileRef {
  id: string;
  contentRestrictions?: {
    maxContentRating: ContentRestrictions['maxContentRating'];
    blockedGenres: readonly string[];
    viewingAllowedNow: boolean;
  } | null;
}
