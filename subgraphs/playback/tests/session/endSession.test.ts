import { describe, expect, it } from 'vitest';
import { endSession } from '../../src/session/endSession.js';
import { sessionRecord, T0 } from '../support/sessionRecord.js';

describe('endSession', () => {
  it('stops the session where it was, with the reason and the time', () => {
    expect(endSession(sessionRecord(), { reason: 'ENDED' }, T0 + 60_000)).toEqual({
      kind: 'ended',
      completed: false,
      session: expect.objectContaining({ state: 'STOPPED', positionSeconds: 600, endedAt: T0 + 60_000, endReason: 'ENDED', version: 2 }),
    });
  });

  it('takes a final position (clamped), and counts 90% or more as completed (§10 activity "complete")', () => {
    expect(endSession(sessionRecord(), { positionSeconds: 5400, reason: 'ENDED' }, T0)).toMatchObject({ completed: true, session: { positionSeconds: 5400 } });
    expect(endSession(sessionRecord(), { positionSeconds: 5399, reason: 'ENDED' }, T0)).toMatchObject({ completed: false });
    expect(endSession(sessionRecord(), { positionSeconds: 9999, reason: 'HANDOFF' }, T0)).toMatchObject({
      completed: true,
      session: { positionSeconds: 6000, endReason: 'HANDOFF' },
    });
  });

  it('does not end a session twice', () => {
    expect(endSession(sessionRecord({ state: 'STOPPED' }), { reason: 'ENDED' }, T0)).toEqual({ kind: 'already-ended' });
  });
});
