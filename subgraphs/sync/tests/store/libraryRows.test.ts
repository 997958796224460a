import { parseHlc } from '@media-gateway/crdt';
import { describe, expect, it } from 'vitest';
import { applyOperations, emptyLibraryState, type LibraryOperation } from '@media-gateway/sync';
import { watchlistFromRows, watchlistRows } from '../../src/store/libraryRows.js';
import { deviceA, hlcOf, titleId } from '../support/ids.js';

describe('watchlist rows', () => {
  it('hold the OR-Set exactly: adds, tombstones, and a tombstone whose add has not arrived', () => {
    const ops: LibraryOperation[] = [
      { kind: 'WATCHLIST_ADD', hlc: parseHlc(hlcOf(1, deviceA)), deviceId: deviceA, titleId: titleId(1), priority: 4, reason: 'because' },
      { kind: 'WATCHLIST_ADD', hlc: parseHlc(hlcOf(2, deviceA)), deviceId: deviceA, titleId: titleId(1), priority: 2, reason: null },
      { kind: 'WATCHLIST_REMOVE', hlc: parseHlc(hlcOf(3, deviceA)), deviceId: deviceA, titleId: titleId(1), tags: [hlcOf(1, deviceA)] },
      { kind: 'WATCHLIST_REMOVE', hlc: parseHlc(hlcOf(4, deviceA)), deviceId: deviceA, titleId: titleId(2), tags: [hlcOf(9, 'elsewhere')] },
    ];
    const { watchlist } = applyOperations(emptyLibraryState(), ops, new Set()).state;
    const rows = watchlistRows(watchlist, [titleId(1), titleId(2)]);
    expect(rows).toContainEqual({ title_id: titleId(2), tag: hlcOf(9, 'elsewhere'), added: false, tombstoned: true, priority: 0, reason: null, device_id: null });
    expect(rows).toContainEqual({ title_id: titleId(1), tag: hlcOf(1, deviceA), added: true, tombstoned: true, priority: 4, reason: 'because', device_id: deviceA });
    expect(watchlistFromRows(rows)).toEqual(watchlist);
  });
});
