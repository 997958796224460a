import { describe, expect, it } from 'vitest';
import type { SyncProgressUpdatedPayload } from '@media-gateway/events';
import { toResumePoint } from '../../src/projection/resumeProjection.js';

const payload: SyncProgressUpdatedPayload = {
  userId: '00000000-0000-4000-8000-0000000000AA',
  profileId: '00000000-0000-4000-8000-0000000000bb',
  titleId: '00000000-0000-4000-8000-0000000000cc',
  deviceId: '00000000-0000-4000-8000-0000000000dd',
  positionSeconds: 1200,
  durationSeconds: 6000,
  completed: false,
  hlc: '001764790000000-00000-00000000-0000-4000-8000-0000000000dd',
  updatedAt: '2026-12-03T20:00:00.000Z',
};

describe('toResumePoint (sync.progress.updated → resume register write)', () => {
  it('maps the payload, lower-casing ids and taking the report time as last watched', () => {
    expect(toResumePoint(payload, '2026-12-03T20:00:05.000Z')).toEqual({
      userId: '00000000-0000-4000-8000-0000000000aa',
      profileId: payload.profileId,
      titleId: payload.titleId,
      deviceId: payload.deviceId,
      positionSeconds: 1200,
      durationSeconds: 6000,
      completed: false,
      hlc: payload.hlc,
      lastWatchedAt: Date.UTC(2026, 11, 3, 20),
    });
  });

  it('says what is wrong with a payload it cannot use', () => {
    expect(toResumePoint({ ...payload, titleId: 'heat' }, payload.updatedAt)).toBe('titleId is not a UUID');
    expect(toResumePoint({ ...payload, durationSeconds: 0 }, payload.updatedAt)).toBe('durationSeconds is not positive');
    expect(toResumePoint({ ...payload, positionSeconds: -1 }, payload.updatedAt)).toBe('positionSeconds is not a non-negative number');
    expect(toResumePoint({ ...payload, hlc: 'yesterday' }, payload.updatedAt)).toBe('hlc is not a hybrid logical clock timestamp');
  });
});
