import {
  isSyncProgressUpdated,
  isSyncWatchlistChanged,
  SYNC_PROGRESS_UPDATED,
  SYNC_WATCHLIST_CHANGED,
  type DomainEvent,
  type ProjectionSpec,
} from '@media-gateway/events';
import type { Logger } from '@media-gateway/runtime';
import { isUuid } from '../lib/isUuid.js';
import { recordInteraction, type InteractionRecord } from '../store/InteractionStore.js';

export const INTERACTIONS_GROUP = 'recommendations.interactions';
export const SYNC_SOURCE = 'sync';

/**
 * The interaction log's feed from sync (issue 7 §1): watch progress (completion = position / duration; sync's
 * `completed` flag or more than 90% is a COMPLETION) and watchlist adds and removes. Each is recorded only when the
 * user has the PERSONALIZATION consent at the time it is applied; without it the event is skipped for good (a later
 * consent does not bring back what was watched before it).
 */
export function interactionProjection(logger: Logger, recorded: (profile: { userId: string; profileId: string }) => void): ProjectionSpec {
  return {
    group: INTERACTIONS_GROUP,
    source: SYNC_SOURCE,
    types: [SYNC_PROGRESS_UPDATED, SYNC_WATCHLIST_CHANGED],
    async apply(tx, event) {
      const record = toInteractionRecord(event);
      if (typeof record === 'string') {
        logger.warn({ id: event.id, type: event.type, problem: record }, 'recommendations: skipped a sync event');
        return;
      }
      if (await recordInteraction(tx, record, event.id)) {
        return async () => recorded({ userId: record.userId, profileId: record.profileId });
      }
    },
  };
}

/** The interaction a sync event describes, or what is wrong with it (it comes from another service: check). */
export function toInteractionRecord(event: DomainEvent): InteractionRecord | string {
  if (!isSyncProgressUpdated(event) && !isSyncWatchlistChanged(event)) return `unknown type or version ${event.type} v${event.schemaVersion}`;
  const p = event.payload as unknown as Record<string, unknown> | null;
  if (typeof p !== 'object' || p === null) return 'payload is not an object';
  for (const field of ['userId', 'profileId', 'titleId'] as const) {
    if (!isUuid(p[field])) return `${field} is not a UUID`;
  }
  const ids = { userId: (p.userId as string).toLowerCase(), profileId: (p.profileId as string).toLowerCase(), titleId: (p.titleId as string).toLowerCase() };
  const stamp = Date.parse(typeof p.updatedAt === 'string' ? p.updatedAt : event.occurredAt);
  const at = Number.isNaN(stamp) ? Date.now() : stamp;
  if (isSyncWatchlistChanged(event)) {
    return { ...ids, kind: event.payload.present === true ? 'WATCHLIST_ADD' : 'WATCHLIST_REMOVE', at };
  }
  const { positionSeconds, durationSeconds, completed } = p as { positionSeconds?: unknown; durationSeconds?: unknown; completed?: unknown };
  if (typeof durationSeconds !== 'number' || !(durationSeconds > 0) || !Number.isFinite(durationSeconds)) return 'durationSeconds is not positive';
  if (typeof positionSeconds !== 'number' || !Number.isFinite(positionSeconds) || positionSeconds < 0) return 'positionSeconds is not a non-negative number';
  const completion = Math.min(1, positionSeconds / durationSeconds);
  const finished = completed === true || completion > 0.9;
  return { ...ids, kind: finished ? 'COMPLETION' : 'PROGRESS', completion, at };
}
