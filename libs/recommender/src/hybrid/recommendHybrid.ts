import type { LowRankAdapter } from '../adapter/LowRankAdapter.js';
import { adapterDelta } from '../adapter/adapterDelta.js';
import type { CollaborativeModel } from '../collaborative/CollaborativeModel.js';
import { foldInUser } from '../collaborative/foldInUser.js';
import { scoreItemKnn } from '../collaborative/scoreItemKnn.js';
import { contentProfile, type ProfileHistoryEntry } from '../content/contentProfile.js';
import { CONTENT_POPULARITY_EXPONENT, scoreContent } from '../content/scoreContent.js';
import { mmr } from '../diversity/mmr.js';
import { scoreGraph } from '../graph/scoreGraph.js';
import type { Scorer } from '../scoring/Scorer.js';
import { coldStartRecommendations, isColdStart, type ColdStartPick } from './coldStart.js';
import type { HybridModels } from './HybridModels.js';
import { DEFAULT_CANDIDATE_LIMITS, type CandidateSource, type HybridWeights } from './HybridWeights.js';
import { mergeCandidates, type MergedCandidate, type SourceCandidate } from './mergeCandidates.js';
import { withPopularityFallback, type PopularPick } from './popularityFallback.js';
import { scoreContext, type ViewingContext } from './scoreContext.js';

/** §5 diversity: λ·relevance − (1 − λ)·max similarity to what is already picked. */
export const MMR_LAMBDA = 0.7;
/** How many of the best merged candidates MMR chooses from. */
export const MMR_POOL = 100;

export interface HybridRequest {
  /** The user's aggregated feedback on catalogue indices, oldest first (`aggregateFeedback`, with each pair's latest time). */
  feedback: readonly ProfileHistoryEntry[];
  /** Catalogue indices no source may propose: watched, dismissed, and whatever the caller's filters refuse. */
  exclude: ReadonlySet<number>;
  onboardingGenres: readonly string[];
  /** Cold start's regional trending; the caller's `exclude` already removes titles not playable there. */
  region?: string;
  context: ViewingContext;
  first: number;
  weights: HybridWeights;
  adapter: LowRankAdapter | null;
  now: number;
}

export type HybridPick = MergedCandidate | ColdStartPick | PopularPick;

export interface HybridResult {
  picks: HybridPick[];
  fallback: 'COLD_START' | 'POPULARITY' | null;
  /** Positive feedback entries the list was built from: what cold start is decided on. */
  positives: number;
}

/**
 * The personalised pipeline of PRODUCT_SPEC §5, shared by the recommendations subgraph and the offline evaluation:
 * 1. cold start (≤ 5 positive titles): onboarding genres, then regional trending;
 * 2. otherwise candidates from every source, each given the caller's `exclude` so filtering happens before ranking —
 *    collaborative (ALS fold-in plus the adapter's delta through the scorer, with item-kNN naming the "because"),
 *    content (the preference vector, leaning to known titles), graph and context;
 * 3. `mergeCandidates` with the weights; popularity fallback when every merged score is below 0.3;
 * 4. MMR (λ 0.7) over the best `MMR_POOL`, down to `first`.
 */
export async function recommendHybrid(models: HybridModels, request: HybridRequest): Promise<HybridResult> {
  const { items } = models;
  const { exclude, first } = request;
  const positives = request.feedback.filter((entry) => entry.value > 0);
  if (isColdStart(positives.length)) {
    const picks = coldStartRecommendations(items, {
      genres: request.onboardingGenres,
      ...(request.region ? { region: request.region } : {}),
      exclude,
      genreCount: first,
      trendingCount: first,
    }).slice(0, first);
    return { picks, fallback: 'COLD_START', positives: positives.length };
  }

  const sources: Partial<Record<CandidateSource, SourceCandidate[]>> = {
    collaborative: await collaborativeCandidates(models.collaborative, models.scorer, request.feedback, exclude, request.adapter),
    content: scoreContent(items, contentProfile(items, positives, request.now), DEFAULT_CANDIDATE_LIMITS.content, { exclude, popularityExponent: CONTENT_POPULARITY_EXPONENT }),
    graph: scoreGraph(models.graph, positives, DEFAULT_CANDIDATE_LIMITS.graph, { exclude }),
    context: scoreContext(items, request.context, DEFAULT_CANDIDATE_LIMITS.context, { exclude }),
  };
  const merged = mergeCandidates(sources, request.weights, { exclude, limit: MMR_POOL });
  const decided = withPopularityFallback(merged, models.popularity, first, { exclude });
  if (decided.fallback) return { picks: decided.candidates, fallback: 'POPULARITY', positives: positives.length };
  return { picks: diversify(decided.candidates, items, first), fallback: null, positives: positives.length };
}

/**
 * MMR trades relevance against cosine on one scale, so the pool's merged scores are stretched to [0, 1] (best 1,
 * last 0) first: otherwise a pool whose scores all sit within 0.1 of each other would be reordered by similarity
 * alone. Candidates without a content vector compete with a zero vector (similar to nothing).
 */
function diversify(pool: MergedCandidate[], items: HybridModels['items'], first: number): MergedCandidate[] {
  const best = pool[0]?.score ?? 0;
  const last = pool.at(-1)?.score ?? 0;
  const dims = items.find((item) => item.vector)?.vector?.length ?? 1;
  const relevance = (score: number) => (best > last ? (score - last) / (best - last) : 1);
  const byIndex = new Map(pool.map((candidate) => [candidate.index, candidate]));
  const picked = mmr(
    pool.map((candidate) => ({ index: candidate.index, relevance: relevance(candidate.score), vector: items[candidate.index]!.vector ?? new Float32Array(dims) })),
    first,
    MMR_LAMBDA,
  );
  return picked.map((pick) => byIndex.get(pick.index)!);
}

/**
 * Collaborative candidates (§5: ALS plus item-item "watched X also watched Y"): the user folded into ALS from their
 * feedback, plus the adapter's delta, scored by the scorer; the ALS list and the item-kNN list are each min-max
 * normalised and averaged, and a candidate item-kNN reached names the history title that contributed most — the
 * "because" ALS alone cannot give. Without ALS (too little data yet) item-kNN alone. Indices are the catalogue's.
 */
async function collaborativeCandidates(
  collaborative: CollaborativeModel | null,
  scorer: Scorer | null,
  feedback: readonly ProfileHistoryEntry[],
  exclude: ReadonlySet<number>,
  adapter: LowRankAdapter | null,
): Promise<SourceCandidate[]> {
  if (!collaborative) return [];
  const { toCatalog, fromCatalog, als } = collaborative;
  const row = toModelRow(collaborative, feedback);
  if (row.length === 0) return [];
  const limit = DEFAULT_CANDIDATE_LIMITS.collaborative;
  const knnHits = scoreItemKnn(collaborative.knn, row);
  const knn = [...knnHits]
    .filter(([modelIndex, hit]) => hit.score > 0 && !exclude.has(toCatalog[modelIndex]!))
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .slice(0, limit)
    .map(([modelIndex, hit]) => ({ index: modelIndex, score: hit.score }));
  let alsList: Array<{ index: number; score: number }> = [];
  if (als && scorer && scorer.itemCount === toCatalog.length) {
    const user = foldInUser(als, row);
    const delta = adapter && adapter.dims === als.factors ? adapterDelta(adapter, user) : undefined;
    const excluded = new Set<number>();
    for (const catalogIndex of exclude) {
      const modelIndex = fromCatalog.get(catalogIndex);
      if (modelIndex !== undefined) excluded.add(modelIndex);
    }
    const top = await scorer.topK(user, delta, limit, excluded);
    alsList = [...top.indices].map((modelIndex, i) => ({ index: modelIndex, score: top.scores[i]! }));
  }
  return fuseMinMax(alsList, knn).map(({ index: modelIndex, score }) => {
    const hit = knnHits.get(modelIndex);
    return { index: toCatalog[modelIndex]!, score, ...(hit && hit.score > 0 ? { because: toCatalog[hit.because]!, relation: 'CO_WATCHED' as const } : {}) };
  });
}

/** The feedback entries on titles the collaborative model knows, in its item indices. */
export function toModelRow(collaborative: CollaborativeModel, feedback: ReadonlyArray<{ itemIndex: number; value: number }>): Array<{ itemIndex: number; value: number }> {
  return feedback.flatMap((entry) => {
    const itemIndex = collaborative.fromCatalog.get(entry.itemIndex);
    return itemIndex === undefined ? [] : [{ itemIndex, value: entry.value }];
  });
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
