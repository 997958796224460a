import { isLive, type PlaybackSessionRecord } from './PlaybackSessionRecord.js';

/** §10 / §9: at most one position report a second is taken per session. */
export const MIN_REPORT_INTERVAL_MS = 1_000;

export interface PositionReport {
  /** Finite and ≥ 0 (checked by the caller); clamped to the duration here. */
  positionSeconds: number;
  state: 'PLAYING' | 'PAUSED';
}

/** How a taken report changed the session, as `PlaybackSessionChange.kind` says it. */
export type PositionChangeKind = 'POSITION' | 'PAUSED' | 'RESUMED';

export type PositionOutcome =
  | { kind: 'accepted'; session: PlaybackSessionRecord; change: PositionChangeKind }
  /** Within a second of the last taken report, with the same state: the session stays as it was. */
  | { kind: 'throttled' }
  /** The session already ended (CONFLICT for the caller). */
  | { kind: 'ended' };

/**
 * A live session after a position report: the position clamped to [0, duration], the new state, `reportedAt` and
 * `updatedAt` set to `now` and the version bumped. A report that pauses or resumes is always taken — a pause must
 * never be dropped — while one that only moves the position is taken at most once a second.
 */
export function applyPositionReport(session: PlaybackSessionRecord, report: PositionReport, now: number): PositionOutcome {
  if (!isLive(session)) return { kind: 'ended' };
  const stateChanges = report.state !== session.state;
  if (!stateChanges && now - session.reportedAt < MIN_REPORT_INTERVAL_MS) return { kind: 'throttled' };
  const change: PositionChangeKind = !stateChanges ? 'POSITION' : report.state === 'PAUSED' ? 'PAUSED' : 'RESUMED';
  return {
    kind: 'accepted',
    change,
    session: {
      ...session,
      positionSeconds: clampPosition(report.positionSeconds, session.durationSeconds),
      state: report.state,
      reportedAt: now,
      updatedAt: now,
      version: session.version + 1,
    },
  };
}

/** [0, duration]: a player can overshoot the end by a frame or report before the start. */
export function clampPosition(positionSeconds: number, durationSeconds: number): number {
  return Math.min(Math.max(positionSeconds, 0), durationSeconds);
}
