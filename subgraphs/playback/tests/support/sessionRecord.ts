import type { PlaybackSessionRecord } from '../../src/session/PlaybackSessionRecord.js';

export const T0 = Date.UTC(2026, 11, 3, 20, 0, 0);

/** A live session started at T0, 10 minutes into a 100-minute title, for rule tests. */
export function sessionRecord(overrides: Partial<PlaybackSessionRecord> = {}): PlaybackSessionRecord {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    userId: '00000000-0000-4000-8000-0000000000aa',
    profileId: '00000000-0000-4000-8000-0000000000bb',
    titleId: '00000000-0000-4000-8000-0000000000cc',
    deviceId: '00000000-0000-4000-8000-0000000000dd',
    platform: 'netflix',
    positionSeconds: 600,
    durationSeconds: 6000,
    state: 'PLAYING',
    resumePositionSeconds: 600,
    startedAt: T0,
    updatedAt: T0,
    reportedAt: T0,
    endedAt: null,
    endReason: null,
    version: 1,
    ...overrides,
  };
}
