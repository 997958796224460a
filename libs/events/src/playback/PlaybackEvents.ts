import type { DomainEvent } from '../DomainEvent.js';

// The playback subgraph's events (PRODUCT_SPEC §10), written to `playback.outbox_event` in the transaction of the
// change they describe: the shared contract between playback (producer) and its consumers — sync folds
// `playback.position.updated` into its progress registers (LWW by `hlc`); analytics can count sessions. Every event
// of one session has the session id as `aggregateId`, so a consumer sees a session's events in order.

/** An accepted position report of a live session (at most one a second per session). */
export const PLAYBACK_POSITION_UPDATED = 'playback.position.updated';
/** A session began (`startPlaybackSession`, `initiatePlayback`, or the target side of a handoff). */
export const PLAYBACK_SESSION_CREATED = 'playback.session.created';
/** A session ended: the viewer stopped, the session was handed to another device, or it expired. */
export const PLAYBACK_SESSION_ENDED = 'playback.session.ended';

/**
 * Version of the payloads below. Bump it on any change a consumer could misread (a field renamed, removed or
 * re-meant); adding an optional field is not such a change.
 */
export const PLAYBACK_EVENTS_VERSION = 1;

export interface PlaybackPositionUpdatedPayload {
  userId: string;
  profileId: string;
  titleId: string;
  sessionId: string;
  deviceId: string;
  /** Clamped to [0, durationSeconds]. */
  positionSeconds: number;
  durationSeconds: number;
  /**
   * `formatHlc` of the write: physical time and counter from the playback server's clock, node = `deviceId`, so it
   * orders against the device's own progress reports the way sync's LWW register expects (ties by device id).
   */
  hlc: string;
}

export interface PlaybackSessionCreatedPayload {
  userId: string;
  profileId: string;
  titleId: string;
  sessionId: string;
  deviceId: string;
  /** The platform the title plays on, when known (`initiatePlayback` always knows it). */
  platform: string | null;
  positionSeconds: number;
  durationSeconds: number;
  /** What the §10 resume rule offered (0: start from the beginning). */
  resumePositionSeconds: number;
  /** ISO-8601 */
  startedAt: string;
}

export type PlaybackEndReason = 'ENDED' | 'HANDOFF' | 'EXPIRED';

export interface PlaybackSessionEndedPayload {
  userId: string;
  profileId: string;
  titleId: string;
  sessionId: string;
  deviceId: string;
  positionSeconds: number;
  durationSeconds: number;
  reason: PlaybackEndReason;
  /** §10 activity "complete": at least 90% of the duration was reached. */
  completed: boolean;
  /** ISO-8601 */
  endedAt: string;
}

export type PlaybackPositionUpdated = DomainEvent<PlaybackPositionUpdatedPayload>;
export type PlaybackSessionCreated = DomainEvent<PlaybackSessionCreatedPayload>;
export type PlaybackSessionEnded = DomainEvent<PlaybackSessionEndedPayload>;

/** True for a `playback.position.updated` event of the version this code understands. */
export function isPlaybackPositionUpdated(event: DomainEvent): event is PlaybackPositionUpdated {
  return event.type === PLAYBACK_POSITION_UPDATED && event.schemaVersion === PLAYBACK_EVENTS_VERSION;
}

/** True for a `playback.session.created` event of the version this code understands. */
export function isPlaybackSessionCreated(event: DomainEvent): event is PlaybackSessionCreated {
  return event.type === PLAYBACK_SESSION_CREATED && event.schemaVersion === PLAYBACK_EVENTS_VERSION;
}

/** True for a `playback.session.ended` event of the version this code understands. */
export function isPlaybackSessionEnded(event: DomainEvent): event is PlaybackSessionEnded {
  return event.type === PLAYBACK_SESSION_ENDED && event.schemaVersion === PLAYBACK_EVENTS_VERSION;
}
