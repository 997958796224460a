// The full hybrid exactly as the recommendations subgraph serves it: `recommendHybrid` from the library, on models
// built the same way, with each user's adapter first updated online from their training feedback
// (`updateProfileAdapter`, what the subgraph runs in the background after serving a list).
import {
  adapterDelta,
  recommendHybrid,
  toModelRow,
  updateProfileAdapter,
  type HybridPick,
  type HybridWeights,
  type LowRankAdapter,
} from '@media-gateway/recommender';
import { seenBy, type Recommend } from './baselines.js';
import type { Training } from './prepareTraining.js';
import { hashString } from './random.js';
import type { SimulatedUser } from './simulateUsers.js';

export interface HybridStats {
  coldStart: number;
  fallback: number;
  adapterTried: number;
  adapterAccepted: number;
  /** Mean ‖delta‖ / ‖user‖ over accepted adapters: how far an adapter turns the user vector (bounded at 0.5). */
  meanAdapterShift: number;
  /** Milliseconds per `recommendHybrid` call (every source, merge, MMR; the adapter update not included), sorted. */
  latencies: number[];
}

export interface HybridRecommender {
  recommender(weights: HybridWeights): Recommend;
  stats(): HybridStats;
  /** The picks of the last answer for the users in `keepExplanationsFor`, in list order. */
  explainable: Map<string, HybridPick[]>;
}

export function hybridRecommender(users: ReadonlyMap<string, SimulatedUser>, training: Training, options: { now: number; keepExplanationsFor?: ReadonlySet<string> }): HybridRecommender {
  const outcomes = new Map<string, 'COLD_START' | 'POPULARITY' | null>();
  const adapters = new Map<string, { adapter: LowRankAdapter | null; tried: boolean; shift: number }>();
  const explainable = new Map<string, HybridPick[]>();
  const latencies: number[] = [];

  function adapterFor(userId: string): LowRankAdapter | null {
    const cached = adapters.get(userId);
    if (cached) return cached.adapter;
    const als = training.collaborative.als!;
    const row = toModelRow(training.collaborative, training.histories.get(userId) ?? []);
    const { user, update } = updateProfileAdapter(als, row, null, { now: options.now, seed: hashString(userId) });
    const tried = update.reason !== 'TOO_FEW_EVENTS' && update.reason !== 'NO_HELD_OUT';
    const shift = update.accepted ? norm(adapterDelta(update.adapter, user)) / Math.max(norm(user), 1e-12) : 0;
    adapters.set(userId, { adapter: update.accepted ? update.adapter : null, tried, shift });
    return update.accepted ? update.adapter : null;
  }

  const recommender = (weights: HybridWeights): Recommend => async (userId, k) => {
    const user = users.get(userId)!;
    const adapter = adapterFor(userId);
    const started = performance.now();
    const result = await recommendHybrid(training.models, {
      feedback: training.histories.get(userId) ?? [],
      exclude: seenBy(training, userId),
      onboardingGenres: user.onboardingGenres,
      context: { hour: user.hour, device: user.device },
      first: k,
      weights,
      adapter,
      now: options.now,
    });
    latencies.push(performance.now() - started);
    outcomes.set(userId, result.fallback);
    if (options.keepExplanationsFor?.has(userId)) explainable.set(userId, result.picks);
    return result.picks.map((pick) => pick.index);
  };

  return {
    recommender,
    stats: () => {
      const accepted = [...adapters.values()].filter((a) => a.adapter !== null);
      return {
        coldStart: [...outcomes.values()].filter((o) => o === 'COLD_START').length,
        fallback: [...outcomes.values()].filter((o) => o === 'POPULARITY').length,
        adapterTried: [...adapters.values()].filter((a) => a.tried).length,
        adapterAccepted: accepted.length,
        meanAdapterShift: accepted.length === 0 ? 0 : accepted.reduce((sum, a) => sum + a.shift, 0) / accepted.length,
        latencies: [...latencies].sort((a, b) => a - b),
      };
    },
    explainable,
  };
}

function norm(vector: Float32Array): number {
  let sum = 0;
  for (const v of vector) sum += v * v;
  return Math.sqrt(sum);
}
