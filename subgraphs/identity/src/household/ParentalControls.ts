import type { ContentRating } from '../lib/contentRating.js';

/**
 * A profile's parental controls in validated form (§6 "Parental controls"). The PIN hash is stored beside these,
 * not in them: it is a credential, and these settings are returned to clients.
 */
export interface ParentalControls {
  enabled: boolean;
  /** The highest rating allowed, inclusive; null for no explicit limit (a kids profile then gets its default). */
  contentRatingLimit: ContentRating | null;
  /** Trimmed, lower-cased, de-duplicated; compared case-insensitively with content genres. */
  blockedGenres: string[];
  /** `HH:MM` local time when viewing may start, inclusive; null with `viewingEnd` for any time of day. */
  viewingStart: string | null;
  /** `HH:MM` local time when viewing must stop, exclusive; earlier than `viewingStart` when the window spans midnight. */
  viewingEnd: string | null;
  /** Canonical IANA zone the viewing hours are in; required when they are set. */
  timeZone: string | null;
}
