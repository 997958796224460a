import { describe, expect, it } from 'vitest';
import { ADAPTER_HELD_OUT, ADAPTER_RECENT_EVENTS, createAdapter, foldInUser, updateProfileAdapter, type AlsModel } from '@media-gateway/recommender';

// Four items on two axes: items 0–1 point along +x, items 2–3 along +y.
const als: AlsModel = {
  factors: 2,
  userIds: [],
  itemIds: ['a', 'b', 'c', 'd'],
  userFactors: new Float32Array(0),
  itemFactors: Float32Array.of(1, 0, 0.9, 0.1, 0, 1, 0.1, 0.9),
  regularization: 0.1,
  alpha: 40,
};
const liking = (itemIndex: number, value: number) => ({ itemIndex, value });

describe('updateProfileAdapter', () => {
  it('folds the user in from the whole row and trains on the last 20 entries, the newest 5 held out', () => {
    const row = Array.from({ length: 30 }, (_, n) => liking(n % 2 === 0 ? 0 : 2, n % 2 === 0 ? 1 : -0.5));
    const { user, update } = updateProfileAdapter(als, row, null, { now: 1_000_000, learningRate: 0.05 });
    expect([...user]).toEqual([...foldInUser(als, row)]);
    expect(ADAPTER_RECENT_EVENTS - ADAPTER_HELD_OUT).toBe(15);
    expect(update.accepted).toBe(true);
    expect(update.after).toBeLessThan(update.before);
    expect(update.adapter).toMatchObject({ dims: 2, rank: 8, version: 1, updatedAt: 1_000_000 });
  });

  it('tries nothing with fewer than 10 training entries after the held-out ones', () => {
    const row = Array.from({ length: 14 }, (_, n) => liking(n % 4, 1));
    expect(updateProfileAdapter(als, row, null, { now: 1 }).update).toMatchObject({ accepted: false, reason: 'TOO_FEW_EVENTS' });
  });

  it('replaces an adapter of another size (a model retrained with other factors) with a fresh one', () => {
    const row = Array.from({ length: 20 }, (_, n) => liking(n % 2, 1));
    const stale = createAdapter(3);
    const { update } = updateProfileAdapter(als, row, stale, { now: 1 });
    expect(update.adapter.dims).toBe(2);
  });
});
