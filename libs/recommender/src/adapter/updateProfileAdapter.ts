import type { AlsModel } from '../collaborative/AlsModel.js';
import { foldInUser } from '../collaborative/foldInUser.js';
import { createAdapter } from './createAdapter.js';
import type { AdapterExample, LowRankAdapter } from './LowRankAdapter.js';
import { updateAdapterWithRollback, type AdapterUpdate, type UpdateAdapterOptions } from './updateAdapterWithRollback.js';

/** §5: an update learns from the user's last 20 events … */
export const ADAPTER_RECENT_EVENTS = 20;
/** … of which the newest 5 are held out: the update is kept only if their log-loss drops. */
export const ADAPTER_HELD_OUT = 5;
/** The gradient step of an online update (§5: 0.001). */
export const ADAPTER_LEARNING_RATE = 0.001;

/**
 * One online adapter update for one user, as serving runs it in the background and the offline evaluation runs it
 * before scoring: the user vector is folded in from the whole `feedback` row (model item indices, oldest first), the
 * last `ADAPTER_RECENT_EVENTS` entries become examples (the item's ALS factors, label 1 for a positive value, else 0),
 * the newest `ADAPTER_HELD_OUT` of them are held out, and `updateAdapterWithRollback` trains and keeps or rolls back.
 * A `current` adapter of another size (a model retrained with other factors) is replaced by a fresh one.
 */
export function updateProfileAdapter(
  als: AlsModel,
  feedback: ReadonlyArray<{ itemIndex: number; value: number }>,
  current: LowRankAdapter | null,
  options: UpdateAdapterOptions & { seed?: number } = {},
): { user: Float32Array; update: AdapterUpdate } {
  const { seed, learningRate = ADAPTER_LEARNING_RATE, ...update } = options;
  const f = als.factors;
  const user = foldInUser(als, feedback);
  const examples = feedback.slice(-ADAPTER_RECENT_EVENTS).map(
    ({ itemIndex, value }): AdapterExample => ({ item: als.itemFactors.subarray(itemIndex * f, (itemIndex + 1) * f), label: value > 0 ? 1 : 0 }),
  );
  const adapter = current && current.dims === f ? current : createAdapter(f, seed === undefined ? {} : { seed });
  return { user, update: updateAdapterWithRollback(adapter, user, examples.slice(0, -ADAPTER_HELD_OUT), examples.slice(-ADAPTER_HELD_OUT), { ...update, learningRate }) };
}
