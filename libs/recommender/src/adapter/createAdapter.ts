import type { LowRankAdapter } from './LowRankAdapter.js';
import { mulberry32 } from '../lib/mulberry32.js';

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
