import { describe, expect, it } from 'vitest';
import { addOperation, emptyOrSet, HybridClock, orSetEntries, removeOperation } from '@media-gateway/crdt';
import { applyWatchlistOperation, MAX_WATCHLIST_ITEMS, WatchlistFullError, WatchlistInputError, type Watchlist } from '@media-gateway/sync';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('applyWatchlistOperation', () => {
  it('adds and removes, and an operation sent twice changes nothing', () => {
    const clock = new HybridClock({ node: 'phone' });
    const add = addOperation(id(1), { priority: 5, reason: 'recommended' }, clock.now());
    const once = applyWatchlistOperation(emptyOrSet(), add);
    expect(applyWatchlistOperation(once, add)).toEqual(once);
    const removed = applyWatchlistOperation(once, removeOperation(once, id(1), clock.now()));
    expect(orSetEntries(removed).size).toBe(0);
  });

  it('holds at most 1000 titles, but re-adding one already there is fine', () => {
    const clock = new HybridClock({ node: 'phone' });
    let list: Watchlist = emptyOrSet();
    for (let i = 0; i < MAX_WATCHLIST_ITEMS; i++) list = applyWatchlistOperation(list, addOperation(id(i), { priority: 0, reason: null }, clock.now()));
    expect(() => applyWatchlistOperation(list, addOperation(id(5_000), { priority: 0, reason: null }, clock.now()))).toThrow(WatchlistFullError);
    expect(orSetEntries(applyWatchlistOperation(list, addOperation(id(3), { priority: 9, reason: null }, clock.now()))).get(id(3))?.value.priority).toBe(9);
  });

  it('refuses a malformed title id, timestamp, priority or reason', () => {
    const op = { kind: 'add' as const, element: 'not-a-uuid', value: { priority: 101, reason: 'x'.repeat(201) }, hlc: { physical: 1, logical: 0, node: '' } };
    try {
      applyWatchlistOperation(emptyOrSet(), op);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(WatchlistInputError);
      expect((error as WatchlistInputError).problems).toHaveLength(4);
    }
  });
});
