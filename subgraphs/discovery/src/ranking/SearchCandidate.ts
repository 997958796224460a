import type { AvailabilityType, ContentType } from '../vocabulary/catalogTypes.js';

/**
 * What ranking and filtering need to know about a title: discovery's own read model of the catalogue (fed by
 * catalog events), not a catalog call. Fields mirror the catalog's `Title` so the projection is one-to-one.
 */
export interface SearchCandidate {
  id: string;
  title: string;
  contentType: ContentType;
  releaseYear: number | null;
  /** Null for series (PRODUCT_SPEC §2). */
  runtimeMinutes: number | null;
  /** Catalog genres (`science_fiction`); other spellings are normalised when compared. */
  genres: readonly string[];
  /** ML mood tags (§2 `moods[]`), when the title has them. */
  moods?: readonly string[];
  /** The MPAA rating in any spelling ("PG-13", "PG_13"), or null when unrated. */
  contentRating: string | null;
  /** [0, 10] */
  averageRating: number | null;
  /** [0, 1] */
  popularity: number;
  /** [0, 1]; §3 quality score, used only when the ranking config turns the quality boost on. */
  qualityScore?: number;
  directors: readonly string[];
  cast: readonly string[];
  keywords?: readonly string[];
  overview?: string | null;
  offers: readonly CandidateOffer[];
}

/** One way to watch the title, as the catalog's `Offer`. */
export interface CandidateOffer {
  /** The catalog's platform id. */
  platform: string;
  /** ISO 3166-1 alpha-2 codes; empty means wherever the platform operates (the catalog's convention). */
  regions: readonly string[];
  availabilityType: AvailabilityType;
  availableFrom?: Date | null;
  expiresAt?: Date | null;
}
