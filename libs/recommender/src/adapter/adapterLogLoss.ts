import { checkAdapterInput } from './checkAdapterInput.js';
import type { AdapterExample, LowRankAdapter } from './LowRankAdapter.js';
import { lowRankForward } from './lowRankForward.js';

/**
 * Mean binary cross-entropy of `sigmoid(dot(user + delta, item))` against the labels — the quantity `trainAdapter`
 * lowers and `updateAdapterWithRollback` compares on held-out events. Computed from the logit as
 * `softplus(s) − y·s`, which stays finite for large |s| where `log(sigmoid(s))` would underflow to −∞.
 */
export function adapterLogLoss(adapter: LowRankAdapter, user: Float32Array, examples: readonly AdapterExample[]): number {
  if (examples.length === 0) throw new TypeError('examples must not be empty: the mean log-loss of nothing is undefined');
  checkAdapterInput(adapter, user, examples);
  const { delta } = lowRankForward(adapter.a, adapter.b, adapter.rank, adapter.dims, adapter.alpha / adapter.rank, user);
  let total = 0;
  for (const { item, label } of examples) total += logLoss(logit(user, delta, item), label);
  return total / examples.length;
}

/** `dot(user + delta, item)` in float64. */
export function logit(user: ArrayLike<number>, delta: ArrayLike<number>, item: ArrayLike<number>): number {
  let sum = 0;
  for (let j = 0; j < item.length; j++) sum += (user[j]! + delta[j]!) * item[j]!;
  return sum;
}

/** BCE of `sigmoid(s)` for label y, as `softplus(s) − y·s`. */
function logLoss(s: number, label: 0 | 1): number {
  return Math.max(s, 0) + Math.log1p(Math.exp(-Math.abs(s))) - label * s;
}
