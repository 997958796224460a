import { parseHlc } from '@media-gateway/crdt';
import { describe, expect, it } from 'vitest';
import { applyOperations, emptyLibraryState, watchlistEntries, watchlistEntryOf, type LibraryOperation } from '@media-gateway/sync';
import { deviceA, deviceB, hlcOf, titleId } from '../support/ids.js';

const add = (title: number, physical: number, priority: number, node = deviceA): LibraryOperation => ({
  kind: 'WATCHLIST_ADD',
  hlc: parseHlc(hlcOf(physical, node)),
  deviceId: node,
  titleId: titleId(title),
  priority,
  reason: `r${physical}`,
});

describe('watchlist records', () => {
  it("show the newest live add's priority and reason, and every live tag", () => {
    const { state } = applyOperations(emptyLibraryState(), [add(1, 1_000, 1), add(1, 2_000, 9, deviceB)], new Set());
    expect(watchlistEntryOf(state.watchlist, titleId(1))).toEqual({
      titleId: titleId(1),
      priority: 9,
      reason: 'r2000',
      addedAt: new Date(2_000).toISOString(),
      hlc: hlcOf(2_000, deviceB),
      tags: [hlcOf(1_000, deviceA), hlcOf(2_000, deviceB)],
    });
    expect(watchlistEntryOf(state.watchlist, titleId(2))).toBeNull();
  });

  it('list highest priority first, then the most recently added', () => {
    const { state } = applyOperations(emptyLibraryState(), [add(1, 1_000, 1), add(2, 2_000, 5), add(3, 3_000, 1)], new Set());
    expect(watchlistEntries(state.watchlist).map((e) => e.titleId)).toEqual([titleId(2), titleId(3), titleId(1)]);
  });
});
