import { mergeOrSets, orSetEntries, parseHlc, type Hlc } from '@media-gateway/crdt';
import { describe, expect, it } from 'vitest';
import {
  applyLibraryOperation,
  applyOperations,
  emptyLibraryState,
  MAX_WATCHLIST_ITEMS,
  operationKey,
  WatchlistFullError,
  type LibraryOperation,
  type LibraryState,
} from '@media-gateway/sync';
import { deviceA, deviceB, hlcOf, titleId } from '../support/ids.js';

const T0 = Date.parse('2026-12-03T12:00:00.000Z');
const at = (ms: number, node = deviceA, logical = 0): Hlc => parseHlc(hlcOf(T0 + ms, node, logical));
const add = (title: number, hlc: Hlc, priority = 0): LibraryOperation => ({ kind: 'WATCHLIST_ADD', hlc, deviceId: hlc.node, titleId: titleId(title), priority, reason: null });
const remove = (title: number, hlc: Hlc, tags: Hlc[]): LibraryOperation => ({
  kind: 'WATCHLIST_REMOVE',
  hlc,
  deviceId: hlc.node,
  titleId: titleId(title),
  tags: tags.map((t) => hlcOf(t.physical, t.node, t.logical)),
});
const progress = (title: number, hlc: Hlc, positionSeconds: number, durationSeconds = 1000): LibraryOperation => ({
  kind: 'PROGRESS',
  hlc,
  deviceId: hlc.node,
  titleId: titleId(title),
  positionSeconds,
  durationSeconds,
});
const preference = (value: string, hlc: Hlc): LibraryOperation => ({ kind: 'PREFERENCE', hlc, deviceId: hlc.node, key: 'theme', value });

describe('applyLibraryOperation', () => {
  it('adds, and counts the very same add again as a duplicate', () => {
    const first = applyLibraryOperation(emptyLibraryState(), add(1, at(0), 5));
    expect(first.outcome).toBe('applied');
    expect(orSetEntries(first.state.watchlist).get(titleId(1))?.value.priority).toBe(5);
    expect(applyLibraryOperation(first.state, add(1, at(0), 5)).outcome).toBe('duplicate');
  });

  it('lets a concurrent add survive a remove of the tags the remover saw (add wins)', () => {
    let state = applyLibraryOperation(emptyLibraryState(), add(1, at(0))).state;
    state = applyLibraryOperation(state, add(1, at(5, deviceB))).state;
    const removed = applyLibraryOperation(state, remove(1, at(10), [at(0)]));
    expect(removed.outcome).toBe('applied');
    expect(orSetEntries(removed.state.watchlist).has(titleId(1))).toBe(true);
    expect(applyLibraryOperation(removed.state, remove(1, at(11), [at(0)])).outcome).toBe('ignored');
  });

  it('keeps an add whose tag was already removed, dead', () => {
    const removedFirst = applyLibraryOperation(emptyLibraryState(), remove(1, at(10), [at(0)]));
    const added = applyLibraryOperation(removedFirst.state, add(1, at(0)));
    expect(added.outcome).toBe('applied');
    expect(orSetEntries(added.state.watchlist).has(titleId(1))).toBe(false);
  });

  it('keeps the newer progress and ignores an older or too-quick report', () => {
    const first = applyLibraryOperation(emptyLibraryState(), progress(1, at(10_000), 100));
    expect(applyLibraryOperation(first.state, progress(1, at(5_000), 50)).outcome).toBe('ignored');
    expect(applyLibraryOperation(first.state, progress(1, at(10_500), 101)).outcome).toBe('ignored');
    expect(applyLibraryOperation(first.state, progress(1, at(10_000), 100)).outcome).toBe('duplicate');
    const later = applyLibraryOperation(first.state, progress(1, at(11_000), 200));
    expect(later.outcome).toBe('applied');
    expect(later.state.progress.get(titleId(1))?.value.positionSeconds).toBe(200);
    expect(first.state.progress.get(titleId(1))?.value.positionSeconds).toBe(100);
  });

  it('keeps the newest preference write', () => {
    const dark = applyLibraryOperation(emptyLibraryState(), preference('dark', at(10)));
    expect(applyLibraryOperation(dark.state, preference('light', at(5))).outcome).toBe('ignored');
    expect(applyLibraryOperation(dark.state, preference('light', at(20))).state.preferences.get('theme')?.value).toBe('light');
  });

  it('refuses an add past the 1000-title limit', () => {
    let state: LibraryState = emptyLibraryState();
    for (let i = 0; i < MAX_WATCHLIST_ITEMS; i++) state = applyLibraryOperation(state, add(i, at(i))).state;
    expect(() => applyLibraryOperation(state, add(5_000, at(5_000)))).toThrow(WatchlistFullError);
  });
});

describe('applyOperations', () => {
  it('applies in HLC order and describes what each applied operation left', () => {
    const outcome = applyOperations(emptyLibraryState(), [remove(1, at(20), [at(10)]), add(1, at(10), 7), progress(2, at(30), 990)], new Set());
    expect(outcome.applied.map((a) => a.operation.kind)).toEqual(['WATCHLIST_ADD', 'WATCHLIST_REMOVE', 'PROGRESS']);
    expect(outcome.applied[0]).toMatchObject({ present: true, watchlistEntry: { titleId: titleId(1), priority: 7, tags: [hlcOf(T0 + 10, deviceA)] } });
    expect(outcome.applied[1]).toMatchObject({ present: false, watchlistEntry: null });
    expect(outcome.applied[2]?.progress).toMatchObject({ titleId: titleId(2), positionSeconds: 990, completed: true, deviceId: deviceA });
  });

  it('counts logged operations and copies inside the batch as duplicates, and no-ops as ignored', () => {
    const logged = add(1, at(0));
    const outcome = applyOperations(
      emptyLibraryState(),
      [logged, add(2, at(1)), add(2, at(1)), preference('dark', at(3)), remove(3, at(4), [])],
      new Set([operationKey(logged)]),
    );
    expect({ applied: outcome.applied.length, duplicates: outcome.duplicates, ignored: outcome.ignored }).toEqual({ applied: 2, duplicates: 2, ignored: 1 });
  });

  it('converges: two replicas that receive the same operations in different batches and orders agree', () => {
    const ops: LibraryOperation[] = [];
    for (let i = 0; i < 100; i++) {
      const node = i % 2 === 0 ? deviceA : deviceB;
      const hlc = at(i * 1_500, node);
      if (i % 5 === 0) ops.push(remove(i % 7, hlc, [at((i - 5) * 1_500, i % 2 === 0 ? deviceB : deviceA)]));
      else if (i % 5 === 1) ops.push(preference(`theme-${i}`, hlc));
      else if (i % 5 === 2) ops.push(progress(i % 3, hlc, i * 10));
      else ops.push(add(i % 7, hlc, i % 100));
    }
    const shuffled = [...ops].sort((a, b) => ((a.hlc.physical * 7919) % 101) - ((b.hlc.physical * 7919) % 101));
    const one = applyOperations(emptyLibraryState(), ops, new Set()).state;
    // The second replica gets the operations in four batches of a shuffled order (each batch applied in HLC order,
    // the batches themselves out of order), then everything again.
    let two = emptyLibraryState();
    for (let start = 0; start < shuffled.length; start += 25) two = applyOperations(two, shuffled.slice(start, start + 25), new Set()).state;
    two = applyOperations(two, ops, new Set()).state;
    expect(orSetEntries(mergeOrSets(two.watchlist, one.watchlist))).toEqual(orSetEntries(one.watchlist));
    expect(orSetEntries(two.watchlist)).toEqual(orSetEntries(one.watchlist));
    expect(two.preferences).toEqual(one.preferences);
    expect(two.progress).toEqual(one.progress);
  });
});
