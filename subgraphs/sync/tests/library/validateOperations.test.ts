import { HybridClock, parseHlc } from '@media-gateway/crdt';
import { describe, expect, it } from 'vitest';
import { MAX_OPERATIONS_PER_BATCH, SyncInputError, validateOperation, validateOperations } from '@media-gateway/sync';
import { deviceA, hlcOf, titleId } from '../support/ids.js';

const NOW = Date.parse('2026-12-03T12:00:00.000Z');
const serverClock = (now = NOW) => new HybridClock({ node: 'sync:test', wallClock: () => now });

function problemsOf(run: () => unknown): { problems: readonly string[]; reason: string | null } {
  try {
    run();
  } catch (error) {
    if (error instanceof SyncInputError) return { problems: error.problems, reason: error.reason };
    throw error;
  }
  throw new Error('expected a SyncInputError');
}

describe('validateOperations', () => {
  it('returns checked operations in HLC order, whatever order they were sent in', () => {
    const ops = validateOperations(
      [
        { kind: 'PROGRESS', hlc: hlcOf(NOW - 10, deviceA), titleId: titleId(1), positionSeconds: 60, durationSeconds: 600 },
        { kind: 'WATCHLIST_ADD', hlc: hlcOf(NOW - 30, deviceA), titleId: titleId(2), priority: 3, reason: 'recommended' },
        { kind: 'PREFERENCE', hlc: hlcOf(NOW - 20, deviceA), key: 'theme', value: 'dark' },
        { kind: 'WATCHLIST_REMOVE', hlc: hlcOf(NOW - 10, deviceA, 1), titleId: titleId(2), tags: [hlcOf(NOW - 30, deviceA)] },
      ],
      deviceA,
      serverClock(),
    );
    expect(ops.map((op) => op.kind)).toEqual(['WATCHLIST_ADD', 'PREFERENCE', 'PROGRESS', 'WATCHLIST_REMOVE']);
    expect(ops[0]).toEqual({ kind: 'WATCHLIST_ADD', hlc: parseHlc(hlcOf(NOW - 30, deviceA)), deviceId: deviceA, titleId: titleId(2), priority: 3, reason: 'recommended' });
  });

  it('defaults an add to priority 0 and no reason', () => {
    const [op] = validateOperations([{ kind: 'WATCHLIST_ADD', hlc: hlcOf(NOW, deviceA), titleId: titleId(1) }], deviceA, serverClock());
    expect(op).toMatchObject({ priority: 0, reason: null });
  });

  it('reports every problem of every operation at once, with its index', () => {
    const { problems, reason } = problemsOf(() =>
      validateOperations(
        [
          { kind: 'WATCHLIST_ADD', hlc: hlcOf(NOW, deviceA), titleId: 'nope', priority: 101, positionSeconds: 3 },
          { kind: 'PROGRESS', hlc: hlcOf(NOW, deviceA, 1), titleId: titleId(1), positionSeconds: -1, durationSeconds: 0 },
          { kind: 'PREFERENCE', hlc: hlcOf(NOW, deviceA, 2), key: 'favouriteColour', value: 'x'.repeat(201) },
          { kind: 'WATCHLIST_REMOVE', hlc: hlcOf(NOW, deviceA, 3), titleId: titleId(1), tags: ['not a tag'] },
          { kind: 'SHUFFLE', hlc: hlcOf(NOW, deviceA, 4) },
        ],
        deviceA,
        serverClock(),
      ),
    );
    expect(problems).toEqual([
      'operations[0]: positionSeconds is not used by WATCHLIST_ADD',
      'operations[0]: titleId must be a UUID, got "nope"',
      'operations[0]: priority must be an integer in [0, 100], got 101',
      'operations[1]: durationSeconds must be in (0, 86400], got 0',
      'operations[1]: positionSeconds must be a non-negative number, got -1',
      'operations[2]: key must be one of subtitleLanguage, audioLanguage, autoplayNext, playbackSpeed, preferredQuality, theme, got "favouriteColour"',
      'operations[2]: value must be a string of at most 200 characters',
      'operations[3]: tags must be add timestamps (WatchlistEntry.tags), got "not a tag"',
      'operations[4]: kind must be one of WATCHLIST_ADD, WATCHLIST_REMOVE, PROGRESS, PREFERENCE, got "SHUFFLE"',
    ]);
    expect(reason).toBeNull();
  });

  it('needs 1 to 100 operations', () => {
    expect(problemsOf(() => validateOperations([], deviceA, serverClock())).problems).toEqual(['operations must hold 1 to 100 operations, got 0']);
    const many = Array.from({ length: MAX_OPERATIONS_PER_BATCH + 1 }, (_, i) => ({ kind: 'PREFERENCE', hlc: hlcOf(NOW, deviceA, i), key: 'theme', value: 'dark' }));
    expect(problemsOf(() => validateOperations(many, deviceA, serverClock())).problems).toEqual(['operations must hold 1 to 100 operations, got 101']);
  });

  it('names a malformed timestamp HLC_MALFORMED, and it wins over other timestamp reasons', () => {
    const { problems, reason } = problemsOf(() =>
      validateOperations(
        [
          { kind: 'PREFERENCE', hlc: hlcOf(NOW + 120_000, deviceA), key: 'theme', value: 'dark' },
          { kind: 'PREFERENCE', hlc: '12:00 yesterday', key: 'theme', value: 'light' },
        ],
        deviceA,
        serverClock(),
      ),
    );
    expect(reason).toBe('HLC_MALFORMED');
    expect(problems).toEqual([
      'operations[0]: hlc: timestamp is 120000 ms ahead of this clock, more than the 60000 ms allowed',
      'operations[1]: hlc: not a hybrid logical clock timestamp: "12:00 yesterday"',
    ]);
  });

  it('refuses a timestamp more than 60 s ahead of the server clock as HLC_CLOCK_DRIFT, and accepts one just inside', () => {
    expect(problemsOf(() => validateOperations([{ kind: 'PREFERENCE', hlc: hlcOf(NOW + 60_001, deviceA), key: 'theme', value: 'dark' }], deviceA, serverClock())).reason).toBe(
      'HLC_CLOCK_DRIFT',
    );
    expect(validateOperations([{ kind: 'PREFERENCE', hlc: hlcOf(NOW + 60_000, deviceA), key: 'theme', value: 'dark' }], deviceA, serverClock())).toHaveLength(1);
  });

  it("refuses another node's timestamp: a device stamps with its own id", () => {
    const { problems, reason } = problemsOf(() => validateOperations([{ kind: 'PREFERENCE', hlc: hlcOf(NOW, 'tablet'), key: 'theme', value: 'dark' }], deviceA, serverClock()));
    expect(reason).toBe('HLC_NODE_MISMATCH');
    expect(problems).toEqual([`operations[0]: hlc: the timestamp's node must be the sending device's id ${deviceA}, got "tablet"`]);
  });

  it('asks a remove for its tags', () => {
    expect(problemsOf(() => validateOperations([{ kind: 'WATCHLIST_REMOVE', hlc: hlcOf(NOW, deviceA), titleId: titleId(1) }], deviceA, serverClock())).problems).toEqual([
      'operations[0]: tags is required: the add tags the device has seen',
    ]);
  });
});

describe('validateOperation', () => {
  it('words problems without a batch index', () => {
    const result = validateOperation({ kind: 'PROGRESS', hlc: 'x', titleId: null, positionSeconds: 1, durationSeconds: 2 }, deviceA, serverClock());
    expect(result.operation).toBeNull();
    expect(result.reason).toBe('HLC_MALFORMED');
    expect(result.problems).toEqual(['hlc: not a hybrid logical clock timestamp: "x"', 'titleId must be a UUID, got null']);
  });
});
