import type { LowRankAdapter } from './LowRankAdapter.js';

export interface CreateAdapterOptions {
  /** @default 8 (§5) */
  rank?: number;
  /** Scale numerator: the delta is multiplied by `alpha / rank`. @default 16 (§5) */
  alpha?: number;
  /** Seed of A's initial values; the same seed gives the same adapter. @default 1 */
  seed?: number;
}

/**
 * A new adapter that changes nothing yet. As in LoRA, A starts small and random (uniform in ±1/√d, LoRA's
 * Kaiming-uniform bound) and B starts at zero: the delta `B·(A·x)` is exactly 0, so a user's first recommendations
 * are the shared model's, and the first gradient step still has a direction to move B in (∂/∂B ∝ A·x ≠ 0).
 * If A were zero too, both gradients would be zero forever.
 */
export function createAdapter(dims: number, options: CreateAdapterOptions = {}): LowRankAdapter {
  const { rank = 8, alpha = 16, seed = 1 } = options;
  if (!Number.isInteger(dims) || dims < 1) throw new TypeError(`dims must be a positive integer; got ${dims}`);
  if (!Number.isInteger(rank) || rank < 1) throw new TypeError(`options.rank must be a positive integer; got ${rank}`);
  if (!Number.isFinite(alpha) || alpha <= 0) throw new TypeError(`options.alpha must be a positive number; got ${alpha}`);
  const uniform = mulberry32(seed);
  const bound = 1 / Math.sqrt(dims);
  const a = new Float32Array(rank * dims);
  for (let i = 0; i < a.length; i++) a[i] = (2 * uniform() - 1) * bound;
  return { rank, dims, alpha, a, b: new Float32Array(dims * rank), version: 0, updatedAt: 0 };
}

/** mulberry32: a small seeded generator, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
