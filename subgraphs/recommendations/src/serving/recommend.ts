import {
  adapterDelta,
  aggregateFeedback,
  coldStartRecommendations,
  contentProfile,
  foldInUser,
  isColdStart,
  mergeCandidates,
  mmr,
  scoreContent,
  scoreContext,
  scoreGraph,
  scoreItemKnn,
  withPopularityFallback,
  type HybridWeights,
  type LowRankAdapter,
  type SourceCandidate,
  type ViewingContext,
} from '@media-gateway/recommender';
import type { Models } from '../model/ModelStore.js';
import { withViewingFlags } from '../signals/viewingFlags.js';
import type { InteractionRecord } from '../store/InteractionStore.js';
import type { RecommendationItem } from './RecommendationList.js';
import { excludedIndices, type ServingFilters } from './ServingFilters.js';
import { toRecommendationItem } from './toRecommendationItem.js';
import { watchedTitles } from './watchedTitles.js';

/** §5 diversity: λ·relevance − (1 − λ)·max similarity to what is already picked. */
export const MMR_LAMBDA = 0.7;
/** Candidates each personal source proposes (§5), and how many merged ones MMR chooses from. */
const SOURCE_LIMIT = 100;
const CONTEXT_LIMIT = 50;
const MMR_POOL = 100;

export interface RecommendInput {
  models: Models;
  /** The profile's interactions, oldest first (empty without consent: none are kept). */
  history: readonly InteractionRecord[];
  personalization: boolean;
  onboardingGenres: readonly string[];
  filters: ServingFilters;
  viewingAllowedNow: boolean;
  context: ViewingContext;
  first: number;
  weights: HybridWeights;
  adapter: LowRankAdapter | null;
  now: number;
}

export interface RecommendOutput {
  items: RecommendationItem[];
  personalized: boolean;
  fallback: 'COLD_START' | 'POPULARITY' | null;
  reason: string | null;
  /** Positive (profile, title) feedback values the list was built from: what cold start is decided on. */
  positives: number;
}

/**
 * The serving pipeline (PRODUCT_SPEC §5):
 * 1. outside the profile's viewing hours: nothing, with a reason;
 * 2. every source's `exclude` = watched (> 90% or completed) + dismissed + titles the region or parental controls
 *    refuse, so filtering happens before ranking;
 * 3. without the PERSONALIZATION consent: regional trending only, `personalized: false`;
 * 4. cold start (≤ 5 positive titles): onboarding genres, then regional trending;
 * 5. otherwise collaborative (fold-in user + adapter delta through the scorer; item-kNN names the "because"),
 *    content, graph and context candidates → `mergeCandidates` with the weights → popularity fallback when every
 *    merged score < 0.3 → MMR (λ 0.7) over the best 100 → `first`, each with its explanation.
 */
export async function recommend(input: RecommendInput): Promise<RecommendOutput> {
  const { models, filters, first } = input;
  const { items, indexById } = models.catalog;
  if (!input.viewingAllowedNow) {
    return { items: [], personalized: input.personalization, fallback: null, reason: 'Outside this profile\'s viewing hours', positives: 0 };
  }
  const watched = [...watchedTitles(input.history)].flatMap((id) => indexById.get(id) ?? []);
  const exclude = excludedIndices(items, filters, watched);
  const explain = (picks: Parameters<typeof toRecommendationItem>[0][]) =>
    picks.map((pick) => toRecommendationItem(pick, items, totalWeight(input.weights), (source) => input.weights[source]));

  if (!input.personalization) {
    const picks = coldStartRecommendations(items, { genres: [], region: filters.region, exclude, genreCount: 0, trendingCount: first });
    return { items: explain(picks), personalized: false, fallback: null, reason: 'No personalisation consent: trending titles only', positives: 0 };
  }

  const lastAt = new Map<string, number>();
  for (const record of input.history) lastAt.set(record.titleId, Math.max(lastAt.get(record.titleId) ?? 0, record.at));
  const feedback = aggregateFeedback(withViewingFlags(input.history)).flatMap((entry) => {
    const itemIndex = indexById.get(entry.itemId);
    return itemIndex === undefined ? [] : [{ itemIndex, value: entry.value, at: lastAt.get(entry.itemId) ?? input.now }];
  });
  const positives = feedback.filter((entry) => entry.value > 0);
  if (isColdStart(positives.length)) {
    const picks = coldStartRecommendations(items, { genres: input.onboardingGenres, region: filters.region, exclude, genreCount: first, trendingCount: first }).slice(0, first);
    return { items: explain(picks), personalized: true, fallback: 'COLD_START', reason: null, positives: positives.length };
  }

  const sources: Partial<Record<keyof HybridWeights, SourceCandidate[]>> = {
    collaborative: await collaborativeCandidates(models, feedback, exclude, input.adapter),
    content: scoreContent(items, contentProfile(items, positives, input.now), SOURCE_LIMIT, { exclude }),
    graph: scoreGraph(models.catalog.graph, positives, SOURCE_LIMIT, { exclude }),
    context: scoreContext(items, input.context, CONTEXT_LIMIT, { exclude }),
  };
  const merged = mergeCandidates(sources, input.weights, { exclude, limit: MMR_POOL });
  const decided = withPopularityFallback(merged, models.catalog.popularity, first, { exclude });
  if (decided.fallback) {
    return { items: explain(decided.candidates), personalized: true, fallback: 'POPULARITY', reason: 'Every personal score was low: popular titles', positives: positives.length };
  }
  const byIndex = new Map(decided.candidates.map((candidate) => [candidate.index, candidate]));
  const diverse = mmr(
    decided.candidates.map((candidate) => ({ index: candidate.index, relevance: candidate.score, vector: items[candidate.index]!.vector! })),
    first,
    MMR_LAMBDA,
  );
  return { items: explain(diverse.map((pick) => byIndex.get(pick.index)!)), personalized: true, fallback: null, reason: null, positives: positives.length };
}

function totalWeight(weights: HybridWeights): number {
  return weights.collaborative + weights.content + weights.graph + weights.context;
}

/**
 * ALS candidates for the profile folded in from its feedback (plus its adapter's delta), scored by the scorer; each
 * names the watched title item-kNN credits most, for "Because you watched …". Without ALS, item-kNN alone.
 */
async function collaborativeCandidates(
  models: Models,
  feedback: ReadonlyArray<{ itemIndex: number; value: number }>,
  exclude: ReadonlySet<number>,
  adapter: LowRankAdapter | null,
): Promise<SourceCandidate[]> {
  const collaborative = models.collaborative;
  if (!collaborative) return [];
  const { toCatalog, fromCatalog } = collaborative;
  const row = feedback.flatMap((entry) => {
    const itemIndex = fromCatalog.get(entry.itemIndex);
    return itemIndex === undefined ? [] : [{ itemIndex, value: entry.value }];
  });
  if (row.length === 0) return [];
  const knn = scoreItemKnn(collaborative.knn, row);
  const because = (modelIndex: number) => {
    const hit = knn.get(modelIndex);
    return hit ? { because: toCatalog[hit.because]!, relation: 'CO_WATCHED' as const } : {};
  };
  const { als } = collaborative;
  const scorer = models.scorer;
  if (!als || !scorer || scorer.itemCount !== toCatalog.length) {
    return [...knn].flatMap(([modelIndex, hit]) => (exclude.has(toCatalog[modelIndex]!) ? [] : [{ index: toCatalog[modelIndex]!, score: hit.score, ...because(modelIndex) }]));
  }
  const user = foldInUser(als, row);
  const delta = adapter && adapter.dims === als.factors ? adapterDelta(adapter, user) : undefined;
  const excluded = new Set<number>();
  toCatalog.forEach((catalogIndex, modelIndex) => {
    if (exclude.has(catalogIndex)) excluded.add(modelIndex);
  });
  const top = await scorer.topK(user, delta, SOURCE_LIMIT, excluded);
  return [...top.indices].flatMap((modelIndex, i) =>
    modelIndex < toCatalog.length ? [{ index: toCatalog[modelIndex]!, score: top.scores[i]!, ...because(modelIndex) }] : [],
  );
}
