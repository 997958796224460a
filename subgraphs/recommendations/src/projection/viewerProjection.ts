import {
  IDENTITY_CONSENTS_CHANGED,
  IDENTITY_PREFERENCES_CHANGED,
  IDENTITY_USER_DELETED,
  isIdentityConsentsChanged,
  isIdentityPreferencesChanged,
  isIdentityUserDeleted,
  type ProjectionSpec,
} from '@media-gateway/events';
import type { Logger } from '@media-gateway/runtime';
import { isUuid } from '../lib/isUuid.js';
import { deletePersonalData } from '../store/InteractionStore.js';
import { deleteViewer, writeOnboardingGenres, writePersonalizationConsent } from '../store/ViewerStore.js';

export const VIEWER_GROUP = 'recommendations.viewer';
export const IDENTITY_SOURCE = 'identity';
/** The consent purpose without which nothing is recorded or personalised (§7, issue 7 §1). */
export const PERSONALIZATION = 'PERSONALIZATION';

/**
 * What recommending keeps of a user from identity: favourite genres (the onboarding genres of cold start) and the
 * PERSONALIZATION consent. A consents event that no longer grants it (an absent purpose counts as not granted)
 * deletes the user's interactions and adapters in the same transaction; an erased account takes the viewer row too.
 * Experiment exposures and conversions stay: they are counts per variant, kept for the experiment's results.
 */
export function viewerProjection(logger: Logger, personalDataChanged: () => void): ProjectionSpec {
  return {
    group: VIEWER_GROUP,
    source: IDENTITY_SOURCE,
    types: [IDENTITY_PREFERENCES_CHANGED, IDENTITY_CONSENTS_CHANGED, IDENTITY_USER_DELETED],
    async apply(tx, event) {
      const userId = (event.payload as { userId?: unknown } | null)?.userId;
      if (!isUuid(userId)) {
        logger.warn({ id: event.id, type: event.type }, 'recommendations: skipped an identity event without a user UUID');
        return;
      }
      const user = userId.toLowerCase();
      if (isIdentityPreferencesChanged(event)) {
        const genres = Array.isArray(event.payload.favoriteGenres) ? event.payload.favoriteGenres.filter((g) => typeof g === 'string') : [];
        await writeOnboardingGenres(tx, user, genres, event.sequence);
      } else if (isIdentityConsentsChanged(event)) {
        const consents = Array.isArray(event.payload.consents) ? event.payload.consents : [];
        const granted = consents.some((c) => c?.purpose === PERSONALIZATION && c.granted === true);
        const written = await writePersonalizationConsent(tx, user, granted, event.sequence);
        if (written && !granted) {
          await deletePersonalData(tx, user);
          return async () => personalDataChanged();
        }
      } else if (isIdentityUserDeleted(event)) {
        await deletePersonalData(tx, user);
        await deleteViewer(tx, user);
        return async () => personalDataChanged();
      } else {
        logger.warn({ type: event.type, schemaVersion: event.schemaVersion, id: event.id }, 'recommendations: skipped an identity event of an unknown version');
      }
    },
  };
}
