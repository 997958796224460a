import { describe, expect, it } from 'vitest';
import { adapterByteSize } from '../../src/adapter/adapterByteSize.js';
import { adapterDelta } from '../../src/adapter/adapterDelta.js';
import { createAdapter } from '../../src/adapter/createAdapter.js';
import type { LowRankAdapter } from '../../src/adapter/LowRankAdapter.js';
import { RecommenderError } from '../../src/errors.js';

describe('createAdapter', () => {
  it('starts with B = 0, so the delta is exactly zero, and A small, random and seeded', () => {
    const adapter = createAdapter(64);
    expect(adapter).toMatchObject({ rank: 8, dims: 64, alpha: 16, version: 0, updatedAt: 0 });
    expect(adapter.a).toHaveLength(8 * 64);
    expect(adapter.b).toEqual(new Float32Array(64 * 8));
    expect(adapter.a.every((value) => Math.abs(value) <= 1 / 8)).toBe(true);
    expect(new Set(adapter.a).size).toBeGreaterThan(500);
    const user = Float32Array.from({ length: 64 }, (_, j) => Math.sin(j + 1));
    expect(adapterDelta(adapter, user)).toEqual(new Float32Array(64));

    expect(createAdapter(64).a).toEqual(adapter.a);
    expect(createAdapter(64, { seed: 2 }).a).not.toEqual(adapter.a);
  });

  it('takes the rank and alpha it is given and rejects bad options by name', () => {
    expect(createAdapter(4, { rank: 2, alpha: 4 })).toMatchObject({ rank: 2, alpha: 4, a: expect.any(Float32Array) });
    expect(() => createAdapter(0)).toThrow(new TypeError('dims must be a positive integer; got 0'));
    expect(() => createAdapter(4, { rank: 1.5 })).toThrow(new TypeError('options.rank must be a positive integer; got 1.5'));
    expect(() => createAdapter(4, { alpha: 0 })).toThrow(new TypeError('options.alpha must be a positive number; got 0'));
  });
});

describe('adapterDelta', () => {
  it('is (α/r)·B·(A·user) on a hand-worked case', () => {
    // rank 1, α 2 → scale 2; A·user = 1 + 2 = 3; B·3 = [9, 12]; × 2 = [18, 24].
    const adapter: LowRankAdapter = { rank: 1, dims: 2, alpha: 2, a: Float32Array.of(1, 2), b: Float32Array.of(3, 4), version: 1, updatedAt: 1 };
    expect(adapterDelta(adapter, Float32Array.of(1, 1))).toEqual(Float32Array.of(18, 24));
  });

  it('uses row-major A (r × d) and B (d × r)', () => {
    // rank 2, dims 3, α 2 → scale 1. A rows pick user[0] and user[2]; B maps hidden (5, 7) to (5, 7, 12).
    const adapter: LowRankAdapter = { rank: 2, dims: 3, alpha: 2, a: Float32Array.of(1, 0, 0, 0, 0, 1), b: Float32Array.of(1, 0, 0, 1, 1, 1), version: 1, updatedAt: 1 };
    expect(adapterDelta(adapter, Float32Array.of(5, 100, 7))).toEqual(Float32Array.of(5, 7, 12));
  });

  it('rejects a user vector or stored matrices of the wrong shape', () => {
    const adapter = createAdapter(4, { rank: 2 });
    expect(() => adapterDelta(adapter, new Float32Array(3))).toThrow(new RecommenderError('DIMENSION_MISMATCH', 'user vector has 3 dims; the adapter has 4'));
    expect(() => adapterDelta(adapter, new Float32Array(3))).toThrow(expect.objectContaining({ code: 'DIMENSION_MISMATCH' }));
    expect(() => adapterDelta({ ...adapter, b: new Float32Array(7) }, new Float32Array(4))).toThrow('adapter matrices do not match rank 2 × dims 4: a has 8 values, b has 7, both should have 8');
  });
});

describe('adapterByteSize', () => {
  it('is rank × (d + d) float32s: 4 KB at 64 dims, 32 KB at 512', () => {
    expect(adapterByteSize(createAdapter(64))).toBe(4096);
    expect(adapterByteSize({ rank: 8, dims: 512 })).toBe(32_768);
  });
});
