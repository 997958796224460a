import { describe, expect, it } from 'vitest';
import { applyPositionReport, MIN_REPORT_INTERVAL_MS } from '../../src/session/applyPositionReport.js';
import { sessionRecord, T0 } from '../support/sessionRecord.js';

describe('applyPositionReport', () => {
  it('takes a report a second or more after the last one, moving the position and bumping the version', () => {
    const outcome = applyPositionReport(sessionRecord(), { positionSeconds: 612, state: 'PLAYING' }, T0 + MIN_REPORT_INTERVAL_MS);
    expect(outcome).toEqual({
      kind: 'accepted',
      change: 'POSITION',
      session: expect.objectContaining({ positionSeconds: 612, state: 'PLAYING', reportedAt: T0 + 1000, updatedAt: T0 + 1000, version: 2 }),
    });
  });

  it('throttles a second report within the same second (§10: at most one a second per session)', () => {
    expect(applyPositionReport(sessionRecord(), { positionSeconds: 601, state: 'PLAYING' }, T0 + 999)).toEqual({ kind: 'throttled' });
    const later = sessionRecord({ reportedAt: T0 + 5000 });
    expect(applyPositionReport(later, { positionSeconds: 610, state: 'PLAYING' }, T0 + 5500)).toEqual({ kind: 'throttled' });
  });

  it('always takes a pause or a resume, even within the second', () => {
    const paused = applyPositionReport(sessionRecord(), { positionSeconds: 601, state: 'PAUSED' }, T0 + 10);
    expect(paused).toMatchObject({ kind: 'accepted', change: 'PAUSED', session: { state: 'PAUSED', positionSeconds: 601 } });
    const resumed = applyPositionReport(sessionRecord({ state: 'PAUSED' }), { positionSeconds: 601, state: 'PLAYING' }, T0 + 10);
    expect(resumed).toMatchObject({ kind: 'accepted', change: 'RESUMED', session: { state: 'PLAYING' } });
  });

  it('clamps the position to [0, duration]', () => {
    expect(applyPositionReport(sessionRecord(), { positionSeconds: 7200, state: 'PLAYING' }, T0 + 2000)).toMatchObject({ session: { positionSeconds: 6000 } });
  });

  it('refuses a report for an ended session', () => {
    const stopped = sessionRecord({ state: 'STOPPED', endedAt: T0, endReason: 'ENDED' });
    expect(applyPositionReport(stopped, { positionSeconds: 700, state: 'PLAYING' }, T0 + 5000)).toEqual({ kind: 'ended' });
  });
});
