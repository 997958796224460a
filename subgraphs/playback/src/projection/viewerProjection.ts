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
import type { SessionStore } from '../session/SessionStore.js';
import { deleteResumePoints } from '../store/ResumeStore.js';
import { deleteViewer, writeHistoryConsent, writeSubscriptions } from '../store/ViewerStore.js';
import { deleteHistory } from '../store/WatchHistoryStore.js';

export const VIEWER_GROUP = 'playback.viewer';
export const IDENTITY_SOURCE = 'identity';
/** The consent purpose that allows a watch history (§7, §10 VPPA). */
export const HISTORY_RETENTION = 'HISTORY_RETENTION';

/**
 * What playback keeps of a user from identity: subscriptions (for choosing an offer) and the history-retention
 * consent (VPPA). Withdrawing the consent — or a consents event that no longer grants it: an absent purpose counts
 * as not granted — deletes the user's watch history in the same transaction. An erased account takes everything
 * playback holds for the user with it: viewer, history, resume points, and (after the commit) sessions.
 */
export function viewerProjection(sessions: SessionStore, logger: Logger): ProjectionSpec {
  return {
    group: VIEWER_GROUP,
    source: IDENTITY_SOURCE,
    types: [IDENTITY_PREFERENCES_CHANGED, IDENTITY_CONSENTS_CHANGED, IDENTITY_USER_DELETED],
    async apply(tx, event) {
      const userId = (event.payload as { userId?: unknown } | null)?.userId;
      if (!isUuid(userId)) {
        logger.warn({ id: event.id, type: event.type }, 'playback: skipped an identity event without a user UUID');
        return;
      }
      const user = userId.toLowerCase();
      if (isIdentityPreferencesChanged(event)) {
        const platforms = Array.isArray(event.payload.subscribedPlatforms) ? event.payload.subscribedPlatforms.filter((p) => typeof p === 'string') : [];
        await writeSubscriptions(tx, user, platforms, event.sequence);
      } else if (isIdentityConsentsChanged(event)) {
        const consents = Array.isArray(event.payload.consents) ? event.payload.consents : [];
        const granted = consents.some((c) => c?.purpose === HISTORY_RETENTION && c.granted === true);
        const written = await writeHistoryConsent(tx, user, granted, event.sequence);
        if (written && !granted) await deleteHistory(tx, user);
      } else if (isIdentityUserDeleted(event)) {
        await deleteHistory(tx, user);
        await deleteResumePoints(tx, user);
        await deleteViewer(tx, user);
        return () => sessions.deleteForUser(user);
      } else {
        logger.warn({ type: event.type, schemaVersion: event.schemaVersion, id: event.id }, 'playback: skipped an identity event of an unknown version');
      }
    },
  };
}
