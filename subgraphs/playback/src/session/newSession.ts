import { clampPosition } from './applyPositionReport.js';
import type { PlaybackSessionRecord } from './PlaybackSessionRecord.js';

export interface NewSessionInput {
  id: string;
  userId: string;
  profileId: string;
  titleId: string;
  deviceId: string;
  platform: string | null;
  durationSeconds: number;
  /** Where playback starts; clamped to the duration. */
  positionSeconds: number;
  resumePositionSeconds: number;
}

/** A session that starts PLAYING at `now`. */
export function newSession(input: NewSessionInput, now: number): PlaybackSessionRecord {
  return {
    ...input,
    positionSeconds: clampPosition(input.positionSeconds, input.durationSeconds),
    state: 'PLAYING',
    startedAt: now,
    updatedAt: now,
    reportedAt: now,
    endedAt: null,
    endReason: null,
    version: 1,
  };
}
