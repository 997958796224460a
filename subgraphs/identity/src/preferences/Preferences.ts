import type { ContentRating } from '../lib/contentRating.js';

export const VIDEO_QUALITIES = ['SD', 'HD', 'UHD_4K'] as const;
export type VideoQuality = (typeof VIDEO_QUALITIES)[number];

/** A user's viewing preferences (§7), in validated form. */
export interface Preferences {
  /** Lower-case genres; never shares a genre with `dislikedGenres`. */
  favoriteGenres: string[];
  dislikedGenres: string[];
  /** Canonical BCP 47 tags, most preferred first, no duplicates. */
  preferredLanguages: string[];
  /** Catalog platform ids, lower-case, no duplicates. */
  subscribedPlatforms: string[];
  /** A preference that shapes results, not a parental control: it is not PIN-protected and the user can lift it. */
  maxContentRating: ContentRating | null;
  preferredVideoQuality: VideoQuality;
  autoplayNext: boolean;
}

/**
 * A new user's preferences. HD rather than UHD_4K because most subscriptions and connections do not carry 4K;
 * autoplay on because that is what every platform deep-linked to does by default.
 */
export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  favoriteGenres: [],
  dislikedGenres: [],
  preferredLanguages: [],
  subscribedPlatforms: [],
  maxContentRating: null,
  preferredVideoQuality: 'HD',
  autoplayNext: true,
});
