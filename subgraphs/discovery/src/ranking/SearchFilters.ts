import type { AvailabilityType, ContentType } from '../vocabulary/catalogTypes.js';
import type { ContentRatingLevel } from '../vocabulary/contentRating.js';
import type { Genre } from '../vocabulary/genres.js';
import type { NumberRange } from '../intent/ParsedIntent.js';

/**
 * The filters of a search request (PRODUCT_SPEC §4), plus what the intent adds (excluded genres, a runtime floor).
 * Every field is optional; ranges are inclusive with either bound null.
 */
export interface SearchFilters {
  /** Any of them (§4: genres OR). */
  genres?: readonly Genre[];
  /** None of them. */
  excludedGenres?: readonly Genre[];
  contentTypes?: readonly ContentType[];
  yearRange?: NumberRange;
  /** Average rating, 0–10. */
  ratingRange?: NumberRange;
  /** Runtime in minutes (§4 `max_runtime`, and a minimum from "at least 90 minutes"). */
  runtime?: NumberRange;
  /** Catalog platform ids; with `availabilityTypes` and `region`, one offer must satisfy all three. */
  platforms?: readonly string[];
  availabilityTypes?: readonly AvailabilityType[];
  /** The region offers are judged in; on its own it filters nothing. */
  region?: string;
  /** §4 `content_rating_limit`. */
  maxContentRating?: ContentRatingLevel;
  /** §4 `blocked_genres`, compared case-insensitively like identity's. */
  blockedGenres?: readonly string[];
}

/**
 * The shape of identity's `Profile.contentRestrictions` that filtering needs (viewing hours are identity's concern:
 * a profile outside its hours gets no search at all). Null limit means none.
 */
export interface ContentRestrictions {
  maxContentRating: ContentRatingLevel | null;
  blockedGenres: readonly string[];
}
