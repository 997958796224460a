import { describe, expect, it } from 'vitest';
import { CONTINUE_WATCHING_MAX_AGE_MS, continueWatching } from '../../src/resume/continueWatching.js';
import type { ResumePoint } from '../../src/resume/ResumePoint.js';

const NOW = Date.UTC(2026, 11, 3, 20);
const HOUR = 3_600_000;

function point(titleId: string, positionSeconds: number, lastWatchedAt: number, overrides: Partial<ResumePoint> = {}): ResumePoint {
  return {
    userId: 'u',
    profileId: 'p',
    titleId,
    positionSeconds,
    durationSeconds: 6000,
    completed: positionSeconds / 6000 > 0.95,
    hlc: '000000000000001-00000-d',
    deviceId: 'd',
    lastWatchedAt,
    ...overrides,
  };
}

describe('continueWatching', () => {
  it('lists in-progress titles newest first with their percent', () => {
    const items = continueWatching([point('a', 600, NOW - 2 * HOUR), point('b', 3000, NOW - HOUR)], { now: NOW, first: 20 });
    expect(items).toEqual([
      { titleId: 'b', positionSeconds: 3000, durationSeconds: 6000, percent: 50, lastWatchedAt: NOW - HOUR, deviceId: 'd' },
      { titleId: 'a', positionSeconds: 600, durationSeconds: 6000, percent: 10, lastWatchedAt: NOW - 2 * HOUR, deviceId: 'd' },
    ]);
  });

  it('drops completed titles (more than 95%) and ones not really started (under 30 s)', () => {
    const items = continueWatching(
      [point('done', 5800, NOW), point('flagged', 3000, NOW, { completed: true }), point('barely', 29, NOW), point('started', 30, NOW)],
      { now: NOW, first: 20 },
    );
    expect(items.map((i) => i.titleId)).toEqual(['started']);
  });

  it('drops entries last watched more than 30 days ago', () => {
    const items = continueWatching(
      [point('old', 600, NOW - CONTINUE_WATCHING_MAX_AGE_MS - 1), point('edge', 600, NOW - CONTINUE_WATCHING_MAX_AGE_MS)],
      { now: NOW, first: 20 },
    );
    expect(items.map((i) => i.titleId)).toEqual(['edge']);
  });

  it('keeps at most `first`, in a stable order for equal times', () => {
    const items = continueWatching([point('c', 600, NOW), point('a', 600, NOW), point('b', 600, NOW)], { now: NOW, first: 2 });
    expect(items.map((i) => i.titleId)).toEqual(['a', 'b']);
  });

  it('rounds the percent to one decimal', () => {
    expect(continueWatching([point('a', 1000, NOW)], { now: NOW, first: 1 })[0]?.percent).toBe(16.7);
  });
});
