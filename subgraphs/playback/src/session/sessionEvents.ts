import {
  PLAYBACK_EVENTS_VERSION,
  PLAYBACK_POSITION_UPDATED,
  PLAYBACK_SESSION_CREATED,
  PLAYBACK_SESSION_ENDED,
  type OutboxEventInput,
  type PlaybackPositionUpdatedPayload,
  type PlaybackSessionCreatedPayload,
  type PlaybackSessionEndedPayload,
} from '@media-gateway/events';
import type { HistoryWrite } from '../history/WatchHistoryEntry.js';
import { isCompleted, type ResumePoint } from '../resume/ResumePoint.js';
import { ACTIVITY_COMPLETE_SHARE, watchedShare } from './endSession.js';
import type { PlaybackSessionRecord } from './PlaybackSessionRecord.js';

// What a session change leaves behind, as plain values for `SessionLedger.record`. Every event of a session has the
// session id as aggregate, so consumers see one session's events in order.

export function sessionCreatedEvent(session: PlaybackSessionRecord): OutboxEventInput<PlaybackSessionCreatedPayload> {
  return {
    type: PLAYBACK_SESSION_CREATED,
    aggregateId: session.id,
    schemaVersion: PLAYBACK_EVENTS_VERSION,
    occurredAt: new Date(session.startedAt),
    payload: {
      ...identify(session),
      platform: session.platform,
      positionSeconds: session.positionSeconds,
      durationSeconds: session.durationSeconds,
      resumePositionSeconds: session.resumePositionSeconds,
      startedAt: new Date(session.startedAt).toISOString(),
    },
  };
}

export function positionUpdatedEvent(session: PlaybackSessionRecord, hlc: string): OutboxEventInput<PlaybackPositionUpdatedPayload> {
  return {
    type: PLAYBACK_POSITION_UPDATED,
    aggregateId: session.id,
    schemaVersion: PLAYBACK_EVENTS_VERSION,
    occurredAt: new Date(session.updatedAt),
    payload: { ...identify(session), positionSeconds: session.positionSeconds, durationSeconds: session.durationSeconds, hlc },
  };
}

export function sessionEndedEvent(session: PlaybackSessionRecord, completed: boolean): OutboxEventInput<PlaybackSessionEndedPayload> {
  return {
    type: PLAYBACK_SESSION_ENDED,
    aggregateId: session.id,
    schemaVersion: PLAYBACK_EVENTS_VERSION,
    occurredAt: new Date(session.endedAt ?? session.updatedAt),
    payload: {
      ...identify(session),
      positionSeconds: session.positionSeconds,
      durationSeconds: session.durationSeconds,
      reason: session.endReason ?? 'ENDED',
      completed,
      endedAt: new Date(session.endedAt ?? session.updatedAt).toISOString(),
    },
  };
}

/** The resume register write of an accepted position, stamped `hlc`. */
export function resumePointOf(session: PlaybackSessionRecord, hlc: string): ResumePoint {
  return {
    userId: session.userId,
    profileId: session.profileId,
    titleId: session.titleId,
    positionSeconds: session.positionSeconds,
    durationSeconds: session.durationSeconds,
    completed: isCompleted(session.positionSeconds, session.durationSeconds),
    hlc,
    deviceId: session.deviceId,
    lastWatchedAt: session.updatedAt,
  };
}

/** The session's history row as it stands; "completed" is the §10 activity rule (≥ 90%). */
export function historyOf(session: PlaybackSessionRecord): HistoryWrite {
  return {
    sessionId: session.id,
    userId: session.userId,
    profileId: session.profileId,
    titleId: session.titleId,
    deviceId: session.deviceId,
    positionSeconds: session.positionSeconds,
    durationSeconds: session.durationSeconds,
    completed: watchedShare(session.positionSeconds, session.durationSeconds) >= ACTIVITY_COMPLETE_SHARE,
    watchedAt: session.updatedAt,
  };
}

function identify(session: PlaybackSessionRecord) {
  return { userId: session.userId, profileId: session.profileId, titleId: session.titleId, sessionId: session.id, deviceId: session.deviceId };
}
