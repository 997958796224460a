import { clampPosition } from './applyPositionReport.js';
import { isLive, type PlaybackEndReason, type PlaybackSessionRecord } from './PlaybackSessionRecord.js';

/** §10 activity "complete": a session that reached 90% of the title completed it. */
export const ACTIVITY_COMPLETE_SHARE = 0.9;

export type EndOutcome = { kind: 'ended'; session: PlaybackSessionRecord; completed: boolean } | { kind: 'already-ended' };

/** The session stopped: at `positionSeconds` when given (clamped), else where it was. */
export function endSession(
  session: PlaybackSessionRecord,
  options: { positionSeconds?: number | null; reason: PlaybackEndReason },
  now: number,
): EndOutcome {
  if (!isLive(session)) return { kind: 'already-ended' };
  const positionSeconds = options.positionSeconds == null ? session.positionSeconds : clampPosition(options.positionSeconds, session.durationSeconds);
  return {
    kind: 'ended',
    completed: watchedShare(positionSeconds, session.durationSeconds) >= ACTIVITY_COMPLETE_SHARE,
    session: {
      ...session,
      positionSeconds,
      state: 'STOPPED',
      updatedAt: now,
      endedAt: now,
      endReason: options.reason,
      version: session.version + 1,
    },
  };
}

/** position / duration in [0, 1]; 0 without a duration. */
export function watchedShare(positionSeconds: number, durationSeconds: number): number {
  return durationSeconds > 0 ? Math.min(Math.max(positionSeconds / durationSeconds, 0), 1) : 0;
}
