import { isSyncProgressUpdated, SYNC_PROGRESS_UPDATED, type SyncProgressUpdatedPayload, type ProjectionSpec } from '@media-gateway/events';
import { parseHlc } from '@media-gateway/crdt';
import type { Logger } from '@media-gateway/runtime';
import { isUuid } from '../lib/isUuid.js';
import { isCompleted, type ResumePoint } from '../resume/ResumePoint.js';
import type { SessionClock } from '../session/SessionClock.js';
import { writeResumePoint } from '../store/ResumeStore.js';

export const RESUME_GROUP = 'playback.resume';
export const SYNC_SOURCE = 'sync';

/**
 * The resume / continue-watching projection's second feed: progress that devices reported to sync (playback's own
 * position updates are the first, written by the session ledger). Both are LWW writes by hlc into the same register,
 * so whichever arrives later, the newest report wins, and a replayed event — or sync echoing back a position it got
 * from playback, with the same hlc — changes nothing.
 */
export function resumeProjection(clock: SessionClock, logger: Logger): ProjectionSpec {
  return {
    group: RESUME_GROUP,
    source: SYNC_SOURCE,
    types: [SYNC_PROGRESS_UPDATED],
    async apply(tx, event) {
      if (!isSyncProgressUpdated(event)) {
        logger.warn({ type: event.type, schemaVersion: event.schemaVersion, id: event.id }, 'playback: skipped a sync event of an unknown version');
        return;
      }
      const point = toResumePoint(event.payload, event.occurredAt);
      if (typeof point === 'string') {
        logger.warn({ id: event.id, problem: point }, 'playback: skipped a malformed sync.progress.updated');
        return;
      }
      clock.observe(point.hlc);
      await writeResumePoint(tx, point);
    },
  };
}

/** The register write an event describes, or what is wrong with it (it comes from another service: check). */
export function toResumePoint(payload: SyncProgressUpdatedPayload, occurredAt: string): ResumePoint | string {
  const p = payload as Partial<SyncProgressUpdatedPayload> | null;
  if (typeof p !== 'object' || p === null) return 'payload is not an object';
  for (const field of ['userId', 'profileId', 'titleId', 'deviceId'] as const) {
    if (!isUuid(p[field])) return `${field} is not a UUID`;
  }
  if (typeof p.durationSeconds !== 'number' || !(p.durationSeconds > 0) || !Number.isFinite(p.durationSeconds)) return 'durationSeconds is not positive';
  if (typeof p.positionSeconds !== 'number' || !Number.isFinite(p.positionSeconds) || p.positionSeconds < 0) return 'positionSeconds is not a non-negative number';
  if (typeof p.hlc !== 'string' || !isHlc(p.hlc)) return 'hlc is not a hybrid logical clock timestamp';
  const at = Date.parse(typeof p.updatedAt === 'string' ? p.updatedAt : occurredAt);
  const positionSeconds = Math.min(p.positionSeconds, p.durationSeconds);
  return {
    userId: p.userId!.toLowerCase(),
    profileId: p.profileId!.toLowerCase(),
    titleId: p.titleId!.toLowerCase(),
    deviceId: p.deviceId!.toLowerCase(),
    positionSeconds,
    durationSeconds: p.durationSeconds,
    completed: p.completed === true || isCompleted(positionSeconds, p.durationSeconds),
    hlc: p.hlc,
    lastWatchedAt: Number.isNaN(at) ? Date.parse(occurredAt) : at,
  };
}

function isHlc(text: string): boolean {
  try {
    parseHlc(text);
    return true;
  } catch {
    return false;
  }
}
