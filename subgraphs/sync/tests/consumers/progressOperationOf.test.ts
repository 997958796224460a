import { parseHlc } from '@media-gateway/crdt';
import { describe, expect, it } from 'vitest';
import { progressOperationOf } from '@media-gateway/sync';
import { deviceA, hlcOf, profileId, titleId, uuid } from '../support/ids.js';

const payload = {
  userId: uuid(1),
  profileId,
  titleId: titleId(1),
  sessionId: uuid(9),
  deviceId: deviceA,
  positionSeconds: 754,
  durationSeconds: 1_800,
  hlc: hlcOf(1_000, deviceA),
};

describe('progressOperationOf', () => {
  it("turns a playback position into a progress write stamped with the event's HLC", () => {
    expect(progressOperationOf(payload)).toEqual({
      userId: uuid(1),
      profileId,
      operation: { kind: 'PROGRESS', hlc: parseHlc(payload.hlc), deviceId: deviceA, titleId: titleId(1), positionSeconds: 754, durationSeconds: 1_800 },
    });
  });

  it('refuses an event that breaks the contract, listing every problem', () => {
    const result = progressOperationOf({ ...payload, userId: 'someone', hlc: hlcOf(1_000, 'server'), durationSeconds: 0 });
    expect(result.problems).toEqual([
      'userId must be a UUID, got "someone"',
      `hlc's node must be deviceId ${deviceA}, got "server"`,
      'durationSeconds must be in (0, 86400], got 0',
    ]);
  });
});
