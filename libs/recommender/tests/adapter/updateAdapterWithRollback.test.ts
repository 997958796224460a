import { describe, expect, it } from 'vitest';
import { adapterLogLoss } from '../../src/adapter/adapterLogLoss.js';
import { createAdapter } from '../../src/adapter/createAdapter.js';
import type { AdapterExample } from '../../src/adapter/LowRankAdapter.js';
import { updateAdapterWithRollback } from '../../src/adapter/updateAdapterWithRollback.js';

const user = Float32Array.of(0.6, 0, 0.5, -0.3);
const liked = Float32Array.of(0, 1, 0, 0);
const disliked = Float32Array.of(0, -1, 0, 0);
// Ten recent events, all saying "more of +axis 1, less of −axis 1".
const train: AdapterExample[] = Array.from({ length: 10 }, (_, n) => (n % 2 === 0 ? { item: liked, label: 1 } : { item: disliked, label: 0 }));
const agreeing: AdapterExample[] = [{ item: Float32Array.of(0.1, 0.9, 0, 0), label: 1 }];
// Held-out events that contradict the training events: the update can only make them worse.
const contradicting: AdapterExample[] = [{ item: Float32Array.of(0.1, 0.9, 0, 0), label: 0 }];
// lr 0.01 keeps each update below the norm bound, so consecutive updates can all still improve.
const options = { learningRate: 0.01, now: 10_000_000 };
const minutes = 60_000;

describe('updateAdapterWithRollback', () => {
  it('accepts an update that lowers the held-out log-loss', () => {
    const adapter = createAdapter(4, { rank: 2 });
    const result = updateAdapterWithRollback(adapter, user, train, agreeing, options);
    expect(result.accepted).toBe(true);
    expect(result.reason).toBeUndefined();
    expect(result.after).toBeLessThan(result.before);
    expect(result.before).toBeCloseTo(adapterLogLoss(adapter, user, agreeing), 12);
    expect(result.adapter).toMatchObject({ version: 1, updatedAt: 10_000_000 });
  });

  it('keeps the old adapter when the held-out log-loss gets worse', () => {
    const adapter = createAdapter(4, { rank: 2 });
    const result = updateAdapterWithRollback(adapter, user, train, contradicting, options);
    expect(result).toMatchObject({ accepted: false, reason: 'HELD_OUT_WORSE' });
    expect(result.after).toBeGreaterThan(result.before);
    expect(result.adapter).toBe(adapter);
    expect(adapter).toMatchObject({ version: 0, updatedAt: 0 });
  });

  it('accepts at most one update per 10 minutes, counting only accepted ones', () => {
    const first = updateAdapterWithRollback(createAdapter(4, { rank: 2 }), user, train, agreeing, options);
    expect(first.accepted).toBe(true);

    const soon = updateAdapterWithRollback(first.adapter, user, train, agreeing, { ...options, now: options.now + 9 * minutes });
    expect(soon).toMatchObject({ accepted: false, reason: 'THROTTLED' });
    expect(soon.adapter).toBe(first.adapter);
    expect(soon.after).toBe(soon.before);

    const later = updateAdapterWithRollback(first.adapter, user, train, agreeing, { ...options, now: options.now + 10 * minutes });
    expect(later).toMatchObject({ accepted: true, adapter: { version: 2, updatedAt: options.now + 10 * minutes } });

    // A rolled-back attempt does not start a new 10 minutes.
    const rejected = updateAdapterWithRollback(later.adapter, user, train, contradicting, { ...options, now: options.now + 25 * minutes });
    expect(rejected.reason).toBe('HELD_OUT_WORSE');
    const retry = updateAdapterWithRollback(rejected.adapter, user, train, agreeing, { ...options, now: options.now + 26 * minutes });
    expect(retry.accepted).toBe(true);
  });

  it('needs at least 10 training events and some held-out events, and trains on the last 20', () => {
    const adapter = createAdapter(4, { rank: 2 });
    expect(updateAdapterWithRollback(adapter, user, train.slice(0, 9), agreeing, options)).toMatchObject({ accepted: false, reason: 'TOO_FEW_EVENTS', adapter });
    const noHeldOut = updateAdapterWithRollback(adapter, user, train, [], options);
    expect(noHeldOut).toMatchObject({ accepted: false, reason: 'NO_HELD_OUT', adapter });
    expect(noHeldOut.before).toBeNaN();

    // 20 recent agreeing events after 30 old contradicting ones: only the recent ones are trained on.
    const history: AdapterExample[] = [...Array.from({ length: 30 }, () => ({ item: liked, label: 0 as const })), ...train, ...train];
    expect(updateAdapterWithRollback(adapter, user, history, agreeing, options).accepted).toBe(true);
    expect(updateAdapterWithRollback(adapter, user, history, agreeing, { ...options, maxEvents: 50 }).accepted).toBe(false);
  });
});
