import {
  IDENTITY_PREFERENCES_CHANGED,
  IDENTITY_PREFERENCES_CHANGED_VERSION,
  type IdentityPreferencesChangedPayload,
  type OutboxEventInput,
} from '@media-gateway/events';
import type { ContentRating } from '../lib/contentRating.js';
import type { Preferences } from '../preferences/Preferences.js';

/**
 * The identity schema spells ratings as GraphQL enum values (`PG_13`); the published contract uses the MPAA
 * spelling that catalog documents use (`PG-13`), so a consumer compares a title's rating and the user's limit on one
 * scale.
 */
const MPAA_SPELLING: Readonly<Record<ContentRating, NonNullable<IdentityPreferencesChangedPayload['maxContentRating']>>> = {
  G: 'G',
  PG: 'PG',
  PG_13: 'PG-13',
  R: 'R',
  NC_17: 'NC-17',
};

/** The outbox entry announcing a user's preferences as just written (the full current value, not a diff). */
export function preferencesChangedEvent(userId: string, preferences: Preferences, occurredAt: Date): OutboxEventInput<IdentityPreferencesChangedPayload> {
  return {
    type: IDENTITY_PREFERENCES_CHANGED,
    aggregateId: userId,
    schemaVersion: IDENTITY_PREFERENCES_CHANGED_VERSION,
    occurredAt,
    payload: {
      userId,
      subscribedPlatforms: [...preferences.subscribedPlatforms],
      favoriteGenres: [...preferences.favoriteGenres],
      dislikedGenres: [...preferences.dislikedGenres],
      preferredLanguages: [...preferences.preferredLanguages],
      maxContentRating: preferences.maxContentRating === null ? null : MPAA_SPELLING[preferences.maxContentRating],
    },
  };
}
