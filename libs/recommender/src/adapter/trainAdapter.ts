import { logit } from './adapterLogLoss.js';
import { checkAdapterInput } from './checkAdapterInput.js';
import type { AdapterExample, LowRankAdapter } from './LowRankAdapter.js';
import { lowRankForward } from './lowRankForward.js';

export interface TrainAdapterOptions {
  /** Gradient-descent step. @default 0.001 (§5) */
  learningRate?: number;
  /** Full-batch gradient steps over the examples. @default 5 (§5) */
  iterations?: number;
  /** After every step ‖delta‖ is scaled back to at most `maxNorm × ‖user‖`; `Infinity` switches the bound off. @default 0.5 */
  maxNorm?: number;
  /** Stamped into `updatedAt` of the new adapter. @default Date.now() */
  now?: number;
}

/**
 * Trains A and B — nothing else — by full-batch gradient descent on the mean binary cross-entropy of
 * `sigmoid(dot(user + delta, item))` against the labels, and returns a new adapter (`version + 1`, `updatedAt` =
 * `now`); the input adapter is never modified.
 *
 * Gradients, with `g_n = sigmoid(s_n) − y_n`, `v = (1/N)·Σ g_n·item_n`, `h = A·user`, `scale = α/r`:
 *   ∂L/∂B = scale · v ⊗ h          ∂L/∂A = (scale · Bᵀ·v) ⊗ user
 * Both are taken at the same point and applied together.
 *
 * The bound: after each step, if ‖delta‖ > maxNorm·‖user‖, B is scaled down until it is equal (delta is linear in
 * B, so this is exact). The adapter learns from the last ~20 events of one user; unbounded, a burst of noisy events
 * could push the user vector anywhere and overwrite the taste the shared model learned from the whole history. With
 * the bound the adapter can turn the user vector by at most ~27° (asin 0.5) and change any score by at most
 * 0.5·‖user‖·‖item‖ — the same idea as §5's multiplicative `× (1 + 0.3·loraScore)`. The held-out check in
 * `updateAdapterWithRollback` catches harm after the fact; the bound limits it beforehand. The bound holds for the
 * `user` trained with; delta is linear in the user, so it scales along when the user vector grows or shrinks.
 *
 * Scale of the defaults: with unit-length vectors and B starting at 0, the spec's learning rate 0.001 moves delta to
 * about 1e-4·‖user‖ in 5 steps (1.4e-4 measured at 64 dims, 20 events; it grows linearly with the rate) — a
 * cautious nudge. Callers that want a visible effect per update raise the rate; the bound still applies.
 */
export function trainAdapter(adapter: LowRankAdapter, user: Float32Array, examples: readonly AdapterExample[], options: TrainAdapterOptions = {}): LowRankAdapter {
  const { learningRate = 0.001, iterations = 5, maxNorm = 0.5, now = Date.now() } = options;
  if (!Number.isFinite(learningRate) || learningRate <= 0) throw new TypeError(`options.learningRate must be a positive number; got ${learningRate}`);
  if (!Number.isInteger(iterations) || iterations < 0) throw new TypeError(`options.iterations must be a non-negative integer; got ${iterations}`);
  if (Number.isNaN(maxNorm) || maxNorm < 0) throw new TypeError(`options.maxNorm must be a non-negative number; got ${maxNorm}`);
  if (!Number.isFinite(now)) throw new TypeError(`options.now must be a finite timestamp; got ${now}`);
  checkAdapterInput(adapter, user, examples);

  const { rank, dims } = adapter;
  const scale = adapter.alpha / rank;
  const a = Float64Array.from(adapter.a);
  const b = Float64Array.from(adapter.b);
  const limit = maxNorm * norm(user);

  for (let step = 0; step < iterations && examples.length > 0; step++) {
    const { hidden, delta } = lowRankForward(a, b, rank, dims, scale, user);
    const v = new Float64Array(dims);
    for (const { item, label } of examples) {
      const g = (sigmoid(logit(user, delta, item)) - label) / examples.length;
      for (let j = 0; j < dims; j++) v[j]! += g * item[j]!;
    }
    // ∂L/∂A needs Bᵀ·v at the current B, so compute it before B moves.
    const backToHidden = new Float64Array(rank);
    for (let j = 0; j < dims; j++) {
      for (let i = 0; i < rank; i++) backToHidden[i]! += b[j * rank + i]! * v[j]!;
    }
    for (let j = 0; j < dims; j++) {
      for (let i = 0; i < rank; i++) b[j * rank + i]! -= learningRate * scale * v[j]! * hidden[i]!;
    }
    for (let i = 0; i < rank; i++) {
      const rowGradient = scale * backToHidden[i]!;
      for (let j = 0; j < dims; j++) a[i * dims + j]! -= learningRate * rowGradient * user[j]!;
    }
    const deltaNorm = norm(lowRankForward(a, b, rank, dims, scale, user).delta);
    if (deltaNorm > limit) {
      const shrink = limit / deltaNorm;
      for (let k = 0; k < b.length; k++) b[k]! *= shrink;
    }
  }

  return { rank, dims, alpha: adapter.alpha, a: Float32Array.from(a), b: Float32Array.from(b), version: adapter.version + 1, updatedAt: now };
}

function sigmoid(s: number): number {
  return s >= 0 ? 1 / (1 + Math.exp(-s)) : Math.exp(s) / (1 + Math.exp(s));
}

function norm(vector: ArrayLike<number>): number {
  let sum = 0;
  for (let j = 0; j < vector.length; j++) sum += vector[j]! * vector[j]!;
  return Math.sqrt(sum);
}
