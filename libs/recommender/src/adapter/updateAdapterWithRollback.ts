import { adapterLogLoss } from './adapterLogLoss.js';
import type { AdapterExample, LowRankAdapter } from './LowRankAdapter.js';
import { trainAdapter } from './trainAdapter.js';
import type { TrainAdapterOptions } from './trainAdapter.js';

export interface UpdateAdapterOptions extends TrainAdapterOptions {
  /** At most one accepted update per this many ms (§5 scenario docs: ≤ 1 per 10 min). @default 600_000 */
  minIntervalMs?: number;
  /** Fewer training events than this and no update is tried (§5: trains on ≥ 10 events). @default 10 */
  minEvents?: number;
  /** Only the last this-many training events are used (§5: the last 20); `train` is in time order. @default 20 */
  maxEvents?: number;
}

/** Why an update was not kept. */
export type AdapterRejection =
  /** The last accepted update was less than `minIntervalMs` ago; nothing was trained. */
  | 'THROTTLED'
  /** Fewer than `minEvents` training events; nothing was trained. */
  | 'TOO_FEW_EVENTS'
  /** No held-out events to validate on, so no update can be shown to help; nothing was trained. */
  | 'NO_HELD_OUT'
  /** Trained, but the held-out log-loss did not go down: rolled back. */
  | 'HELD_OUT_WORSE';

/**
 * `before` is the held-out mean log-loss of the current adapter (NaN without held-out events); `after` that of the
 * trained candidate, or `before` when nothing was trained. `adapter` is the one to keep: the candidate when
 * accepted, otherwise the input, unchanged.
 */
export type AdapterUpdate =
  | { adapter: LowRankAdapter; accepted: true; before: number; after: number; reason?: undefined }
  | { adapter: LowRankAdapter; accepted: false; before: number; after: number; reason: AdapterRejection };

/**
 * One online update as §5 and issue 7 describe it: train on the user's recent events, keep the result only if the
 * held-out events' mean log-loss strictly drops (`after < before`; otherwise the old adapter stays — the rollback),
 * and accept at most one update per `minIntervalMs`, measured from `adapter.updatedAt` (0 = never trained) to
 * `now`. Rejected attempts leave `updatedAt` alone, so they do not delay the next try.
 *
 * Throttling protects the shared scoring path: a user clicking through many titles would otherwise retrain on every
 * event, and each new adapter version invalidates that user's cached recommendations.
 */
export function updateAdapterWithRollback(
  adapter: LowRankAdapter,
  user: Float32Array,
  train: readonly AdapterExample[],
  heldOut: readonly AdapterExample[],
  options: UpdateAdapterOptions = {},
): AdapterUpdate {
  const { minIntervalMs = 600_000, minEvents = 10, maxEvents = 20, now = Date.now(), ...training } = options;
  if (!Number.isFinite(minIntervalMs) || minIntervalMs < 0) throw new TypeError(`options.minIntervalMs must be a non-negative number; got ${minIntervalMs}`);
  if (!Number.isInteger(minEvents) || minEvents < 0) throw new TypeError(`options.minEvents must be a non-negative integer; got ${minEvents}`);
  if (!Number.isInteger(maxEvents) || maxEvents < 1) throw new TypeError(`options.maxEvents must be a positive integer; got ${maxEvents}`);

  if (heldOut.length === 0) return { adapter, accepted: false, before: Number.NaN, after: Number.NaN, reason: 'NO_HELD_OUT' };
  const before = adapterLogLoss(adapter, user, heldOut);
  if (adapter.updatedAt > 0 && now - adapter.updatedAt < minIntervalMs) return { adapter, accepted: false, before, after: before, reason: 'THROTTLED' };
  if (train.length < minEvents) return { adapter, accepted: false, before, after: before, reason: 'TOO_FEW_EVENTS' };

  const candidate = trainAdapter(adapter, user, train.slice(-maxEvents), { ...training, now });
  const after = adapterLogLoss(candidate, user, heldOut);
  return after < before ? { adapter: candidate, accepted: true, before, after } : { adapter, accepted: false, before, after, reason: 'HELD_OUT_WORSE' };
}
