// The full hybrid as the recommendations service will run it (§5): collaborative (ALS with the user's adapter, fused
// with item-kNN), content, graph and context candidates, merged with the source weights, watched titles removed,
// MMR (λ 0.7) down to k. Cold users (≤ 5 liked watches) get the onboarding-genres → trending list, and a weak merged
// list falls back to popularity.
import {
  adapterDelta,
  coldStartRecommendations,
  contentProfile,
  createAdapter,
  createTsScorer,
  isColdStart,
  mergeCandidates,
  mmr,
  scoreContent,
  scoreContext,
  scoreGraph,
  scoreItemKnn,
  updateAdapterWithRollback,
  withPopularityFallback,
  DEFAULT_CANDIDATE_LIMITS,
  type AdapterExample,
  type HybridWeights,
  type MergedCandidate,
  type SourceCandidate,
} from '@media-gateway/recommender';
import { seenBy, type Recommend } from './baselines.js';
import type { EvalItem } from './catalogItems.js';
import type { HistoryEntry, Training } from './prepareTraining.js';
import { hashString } from './random.js';
import type { SimulatedUser } from './simulateUsers.js';

/** §5: the adapter trains on the last 20 events; the newest 5 of them are held out for the rollback check. */
const ADAPTER_EVENTS = 20;
const ADAPTER_HELD_OUT = 5;
/**
 * MMR picks k from the best this-many merged candidates (§5 serves at most 20). Chosen on the validation slice
 * (20 vs 50): a deeper pool lets diversity pull in titles the merge ranked far lower.
 */
export const MMR_POOL = 20;
export const MMR_LAMBDA = 0.7;

export interface HybridStats {
  coldStart: number;
  fallback: number;
  adapterTried: number;
  adapterAccepted: number;
  /** Mean |dot(delta, item)| over the ALS candidates of users with an accepted adapter. */
  meanAdapterEffect: number;
  /** Mean |ALS score| over the same candidates, for scale. */
  meanCollaborativeScore: number;
}

export interface HybridRecommender {
  /** The hybrid with the given source weights; candidates are generated once per user and reused across weights. */
  recommender(weights: HybridWeights): Recommend;
  /** Counters over every user whose candidates were generated so far. */
  stats(): HybridStats;
  /** Merged candidates of the last answer for the users in `keepExplanationsFor`, in list order. */
  explainable: Map<string, MergedCandidate[]>;
}

interface UserCandidates {
  seen: Set<number>;
  /** Set for cold users: the cold-start list replaces the hybrid. */
  coldStart?: number[];
  sources: Partial<Record<keyof HybridWeights, SourceCandidate[]>>;
}

export function hybridRecommender(
  items: readonly EvalItem[],
  users: ReadonlyMap<string, SimulatedUser>,
  training: Training,
  options: { now: number; keepExplanationsFor?: ReadonlySet<string> },
): HybridRecommender {
  const f = training.als.factors;
  const scorer = createTsScorer(training.als.itemFactors, f);
  const itemFactors = (index: number) => training.als.itemFactors.subarray(index * f, (index + 1) * f);
  const counters = { coldStart: 0, adapterTried: 0, adapterAccepted: 0 };
  const fallbacks = new Map<string, boolean>();
  const adapterEffect = { effect: 0, score: 0, count: 0 };
  const explainable = new Map<string, MergedCandidate[]>();
  const cache = new Map<string, UserCandidates>();

  async function candidatesFor(userId: string, k: number): Promise<UserCandidates> {
    const cached = cache.get(userId);
    if (cached) return cached;
    const user = users.get(userId)!;
    const history = training.histories.get(userId) ?? [];
    const seen = seenBy(training, userId);
    let result: UserCandidates;
    if (isColdStart(history.filter((h) => h.value > 0).length)) {
      counters.coldStart++;
      const picks = coldStartRecommendations(items, { genres: user.onboardingGenres, exclude: seen, genreCount: k, trendingCount: k });
      result = { seen, coldStart: picks.slice(0, k).map((p) => p.index), sources: {} };
    } else {
      result = { seen, sources: await sourcesFor(userId, user, history, seen) };
    }
    cache.set(userId, result);
    return result;
  }

  async function sourcesFor(userId: string, user: SimulatedUser, history: readonly HistoryEntry[], seen: Set<number>): Promise<UserCandidates['sources']> {
    const sources: UserCandidates['sources'] = {};
    const coWatched = scoreItemKnn(training.knn, history);
    const knn = [...coWatched]
      .filter(([, c]) => c.score > 0)
      .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
      .slice(0, DEFAULT_CANDIDATE_LIMITS.collaborative)
      .map(([index, c]) => ({ index, score: c.score }));
    let als: Array<{ index: number; score: number }> = [];
    const row = training.userRow.get(userId);
    if (row !== undefined) {
      const vector = training.als.userFactors.subarray(row * f, (row + 1) * f);
      const delta = trainUserAdapter(userId, vector, history);
      const { indices, scores } = await scorer.topK(vector, delta, DEFAULT_CANDIDATE_LIMITS.collaborative, seen);
      als = [...indices].map((index, i) => ({ index, score: scores[i]! }));
      if (delta) measureAdapter(vector, delta, indices);
    }
    // §5's collaborative source is ALS plus item-item ("watched X also watched Y"): both lists, each min-max
    // normalised, averaged. Item-kNN also names the history item behind a pick, the "because" ALS cannot give.
    sources.collaborative = fuseMinMax(als, knn).map(({ index, score }) => {
      const because = coWatched.get(index);
      return { index, score, ...(because && because.score > 0 ? { because: because.because, relation: 'CO_WATCHED' as const } : {}) };
    });
    sources.content = scoreContent(items, contentProfile(items, history, options.now), DEFAULT_CANDIDATE_LIMITS.content, { exclude: seen });
    sources.graph = scoreGraph(training.graph, history, DEFAULT_CANDIDATE_LIMITS.graph, { exclude: seen });
    sources.context = scoreContext(items, { hour: user.hour, device: user.device }, DEFAULT_CANDIDATE_LIMITS.context, { exclude: seen });
    return sources;
  }

  const recommender = (weights: HybridWeights): Recommend => async (userId, k) => {
    const { seen, coldStart, sources } = await candidatesFor(userId, k);
    if (coldStart) return coldStart;
    const merged = mergeCandidates(sources, weights, { exclude: seen, limit: MMR_POOL });
    const result = withPopularityFallback(merged, training.popularity, k, { exclude: seen });
    fallbacks.set(userId, result.fallback);
    if (result.fallback) return result.candidates.map((c) => c.index);
    // MMR trades relevance against similarity on one scale, so the pool's merged scores are stretched to [0, 1]
    // (best 1, last 0): otherwise a pool whose scores all sit within 0.1 of each other would be reordered by
    // similarity alone.
    const best = result.candidates[0]!.score;
    const last = result.candidates.at(-1)!.score;
    const relevance = (score: number) => (best > last ? (score - last) / (best - last) : 1);
    const picked = mmr(result.candidates.map((c) => ({ index: c.index, relevance: relevance(c.score), vector: items[c.index]!.vector })), k, MMR_LAMBDA);
    if (options.keepExplanationsFor?.has(userId)) {
      const byIndex = new Map(result.candidates.map((c) => [c.index, c]));
      explainable.set(userId, picked.map((p) => byIndex.get(p.index)!));
    }
    return picked.map((p) => p.index);
  };

  /**
   * §5 adapter on the user's recent training feedback: the last 20 events, the newest 5 held out; label 1 for a
   * positive value, 0 otherwise; the §5 learning rate (0.001) and 5 iterations. Kept only if the held-out log-loss
   * drops (the held-out rollback); its effect on scoring is `dot(user + delta, item)` (the library's reading of §5's boost).
   */
  function trainUserAdapter(userId: string, vector: Float32Array, history: readonly HistoryEntry[]): Float32Array | undefined {
    const recent = history.slice(-ADAPTER_EVENTS).map((h): AdapterExample => ({ item: itemFactors(h.itemIndex), label: h.value > 0 ? 1 : 0 }));
    const train = recent.slice(0, -ADAPTER_HELD_OUT);
    if (train.length < 10) return undefined;
    counters.adapterTried++;
    const update = updateAdapterWithRollback(createAdapter(f, { seed: hashString(userId) }), vector, train, recent.slice(-ADAPTER_HELD_OUT), { now: options.now });
    if (!update.accepted) return undefined;
    counters.adapterAccepted++;
    return adapterDelta(update.adapter, vector);
  }

  function measureAdapter(vector: Float32Array, delta: Float32Array, indices: Int32Array): void {
    for (const index of indices) {
      const item = itemFactors(index);
      let effect = 0;
      let score = 0;
      for (let j = 0; j < f; j++) {
        effect += delta[j]! * item[j]!;
        score += vector[j]! * item[j]!;
      }
      adapterEffect.effect += Math.abs(effect);
      adapterEffect.score += Math.abs(score);
      adapterEffect.count++;
    }
  }

  return {
    recommender,
    stats: () => ({
      ...counters,
      fallback: [...fallbacks.values()].filter(Boolean).length,
      meanAdapterEffect: adapterEffect.count === 0 ? 0 : adapterEffect.effect / adapterEffect.count,
      meanCollaborativeScore: adapterEffect.count === 0 ? 0 : adapterEffect.score / adapterEffect.count,
    }),
    explainable,
  };
}

/** Equal-weight fusion of candidate lists, each min-max normalised first; an item missing from a list gets 0 there. */
function fuseMinMax(...lists: ReadonlyArray<ReadonlyArray<{ index: number; score: number }>>): Array<{ index: number; score: number }> {
  const present = lists.filter((list) => list.length > 0);
  const fused = new Map<number, number>();
  for (const list of present) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const { score } of list) {
      min = Math.min(min, score);
      max = Math.max(max, score);
    }
    for (const { index, score } of list) fused.set(index, (fused.get(index) ?? 0) + (max > min ? (score - min) / (max - min) : 1) / present.length);
  }
  return [...fused].map(([index, score]) => ({ index, score })).sort((a, b) => b.score - a.score || a.index - b.index);
}
