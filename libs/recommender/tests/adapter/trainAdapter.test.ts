import { describe, expect, it } from 'vitest';
import { adapterDelta } from '../../src/adapter/adapterDelta.js';
import { adapterLogLoss } from '../../src/adapter/adapterLogLoss.js';
import { createAdapter } from '../../src/adapter/createAdapter.js';
import type { AdapterExample, LowRankAdapter } from '../../src/adapter/LowRankAdapter.js';
import { trainAdapter } from '../../src/adapter/trainAdapter.js';

const dims = 6;
const dot = (x: Float32Array, y: Float32Array): number => x.reduce((sum, value, j) => sum + value * y[j]!, 0);
const norm = (x: Float32Array): number => Math.sqrt(dot(x, x));
const score = (adapter: LowRankAdapter, user: Float32Array, item: Float32Array): number => {
  const delta = adapterDelta(adapter, user);
  return dot(user, item) + dot(delta, item);
};

// The user vector says nothing about axis 1 (every score starts near 0, loss near ln 2); the user's recent events are
// separable along it: items leaning +axis 1 were watched, items leaning −axis 1 were not.
const user = Float32Array.of(0.6, 0, 0.5, -0.3, 0.4, 0.2);
const positive = Float32Array.of(0, 1, 0.1, 0, 0, 0);
const toySet: AdapterExample[] = [
  { item: positive, label: 1 },
  { item: Float32Array.of(0, 0.8, 0, 0, 0.1, 0), label: 1 },
  { item: Float32Array.of(0, 0.9, 0, 0.1, 0, 0), label: 1 },
  { item: Float32Array.of(0, -1, 0, 0, 0, 0.1), label: 0 },
  { item: Float32Array.of(0.1, -0.8, 0, 0, 0, 0), label: 0 },
  { item: Float32Array.of(0, -0.9, 0, 0, 0, 0), label: 0 },
];

describe('trainAdapter', () => {
  it('lowers the training log-loss on a separable toy set and raises the positive item’s score', () => {
    const adapter = createAdapter(dims, { rank: 2, alpha: 4 });
    const before = adapterLogLoss(adapter, user, toySet);
    expect(before).toBeCloseTo(Math.LN2, 2);
    const trained = trainAdapter(adapter, user, toySet, { learningRate: 0.5, iterations: 20, now: 1000 });
    const after = adapterLogLoss(trained, user, toySet);
    expect(after).toBeLessThan(before - 0.01);
    expect(score(trained, user, positive)).toBeGreaterThan(score(adapter, user, positive) + 0.01);
    expect(score(trained, user, toySet[3]!.item)).toBeLessThan(0);
  });

  it('with the §5 defaults (lr 0.001, 5 steps) still moves in the right direction, just a little', () => {
    const adapter = createAdapter(dims);
    const trained = trainAdapter(adapter, user, toySet, { now: 1000 });
    const before = adapterLogLoss(adapter, user, toySet);
    const after = adapterLogLoss(trained, user, toySet);
    expect(after).toBeLessThan(before);
    expect(before - after).toBeLessThan(0.01);
  });

  it('returns a new adapter (version + 1, updatedAt = now) and leaves the input untouched', () => {
    const adapter = createAdapter(dims, { rank: 2 });
    const a = adapter.a.slice();
    const b = adapter.b.slice();
    const trained = trainAdapter(adapter, user, toySet, { learningRate: 0.5, now: 1234 });
    expect(trained).not.toBe(adapter);
    expect(trained).toMatchObject({ rank: 2, dims, alpha: 16, version: 1, updatedAt: 1234 });
    expect(trained.b).not.toEqual(b);
    expect(adapter.a).toEqual(a);
    expect(adapter.b).toEqual(b);
    expect(adapter.version).toBe(0);
  });

  it('keeps ‖delta‖ ≤ maxNorm·‖user‖ however hard it is pushed', () => {
    const adapter = createAdapter(dims, { rank: 2 });
    for (const maxNorm of [0.5, 0.1]) {
      const trained = trainAdapter(adapter, user, toySet, { learningRate: 50, iterations: 30, maxNorm });
      const ratio = norm(adapterDelta(trained, user)) / norm(user);
      expect(ratio).toBeLessThanOrEqual(maxNorm * (1 + 1e-6));
      // The push is strong enough that the bound is what stops it.
      expect(ratio).toBeGreaterThan(maxNorm * 0.999);
    }
    const unbounded = trainAdapter(adapter, user, toySet, { learningRate: 50, iterations: 30, maxNorm: Number.POSITIVE_INFINITY });
    expect(norm(adapterDelta(unbounded, user)) / norm(user)).toBeGreaterThan(1);
  });

  it('takes one step along the true gradient of the mean log-loss (finite differences)', () => {
    // An adapter with B ≠ 0, so both A and B receive a gradient.
    const start = createAdapter(dims, { rank: 2, alpha: 4, seed: 3 });
    const adapter: LowRankAdapter = { ...start, b: Float32Array.from(start.b, (_, k) => Math.cos(k) * 0.3) };
    const learningRate = 0.01;
    const stepped = trainAdapter(adapter, user, toySet, { learningRate, iterations: 1, maxNorm: Number.POSITIVE_INFINITY });
    const epsilon = 1e-3;
    for (const matrix of ['a', 'b'] as const) {
      for (let k = 0; k < adapter[matrix].length; k++) {
        const plus = { ...adapter, [matrix]: adapter[matrix].slice() };
        const minus = { ...adapter, [matrix]: adapter[matrix].slice() };
        plus[matrix][k]! += epsilon;
        minus[matrix][k]! -= epsilon;
        const numeric = (adapterLogLoss(plus, user, toySet) - adapterLogLoss(minus, user, toySet)) / (2 * epsilon);
        const analytic = (adapter[matrix][k]! - stepped[matrix][k]!) / learningRate;
        expect(analytic, `${matrix}[${k}]`).toBeCloseTo(numeric, 3);
      }
    }
  });

  it('rejects bad options by name', () => {
    const adapter = createAdapter(dims);
    expect(() => trainAdapter(adapter, user, toySet, { learningRate: 0 })).toThrow(new TypeError('options.learningRate must be a positive number; got 0'));
    expect(() => trainAdapter(adapter, user, toySet, { iterations: -1 })).toThrow(new TypeError('options.iterations must be a non-negative integer; got -1'));
    expect(() => trainAdapter(adapter, user, toySet, { maxNorm: Number.NaN })).toThrow(new TypeError('options.maxNorm must be a non-negative number; got NaN'));
    expect(() => trainAdapter(adapter, user, [{ item: new Float32Array(3), label: 1 }])).toThrow('example 0 has an item vector of 3 dims; the adapter has 6');
  });
});
