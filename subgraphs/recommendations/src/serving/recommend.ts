import {
  aggregateFeedback,
  coldStartRecommendations,
  recommendHybrid,
  type HybridPick,
  type HybridWeights,
  type LowRankAdapter,
  type ProfileHistoryEntry,
  type ViewingContext,
} from '@media-gateway/recommender';
import type { CatalogModel } from '../model/CatalogModel.js';
import type { Models } from '../model/ModelStore.js';
import { withViewingFlags } from '../signals/viewingFlags.js';
import type { InteractionRecord } from '../store/InteractionStore.js';
import type { RecommendationItem } from './RecommendationList.js';
import { excludedIndices, type ServingFilters } from './ServingFilters.js';
import { toRecommendationItem } from './toRecommendationItem.js';
import { watchedTitles } from './watchedTitles.js';

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
 * Serving around the shared pipeline (`recommendHybrid`, PRODUCT_SPEC §5):
 * 1. outside the profile's viewing hours: nothing, with a reason;
 * 2. `exclude` = watched (> 90% or completed) + dismissed + titles the region or parental controls refuse, so every
 *    source filters before ranking;
 * 3. without the PERSONALIZATION consent: regional trending only, `personalized: false`;
 * 4. otherwise the hybrid on the profile's aggregated feedback, each pick with its explanation.
 */
export async function recommend(input: RecommendInput): Promise<RecommendOutput> {
  const { models, filters, first } = input;
  const { items } = models.catalog;
  if (!input.viewingAllowedNow) {
    return { items: [], personalized: input.personalization, fallback: null, reason: 'Outside this profile\'s viewing hours', positives: 0 };
  }
  const watched = [...watchedTitles(input.history)].flatMap((id) => models.catalog.indexById.get(id) ?? []);
  const exclude = excludedIndices(items, filters, watched);
  const explain = (picks: HybridPick[]) => picks.map((pick) => toRecommendationItem(pick, items, totalWeight(input.weights), (source) => input.weights[source]));

  if (!input.personalization) {
    const picks = coldStartRecommendations(items, { genres: [], region: filters.region, exclude, genreCount: 0, trendingCount: first });
    return { items: explain(picks), personalized: false, fallback: null, reason: 'No personalisation consent: trending titles only', positives: 0 };
  }
  const result = await recommendHybrid(
    { ...models.catalog, collaborative: models.collaborative, scorer: models.scorer },
    {
      feedback: profileFeedback(models.catalog, input.history, input.now),
      exclude,
      onboardingGenres: input.onboardingGenres,
      region: filters.region,
      context: input.context,
      first,
      weights: input.weights,
      adapter: input.adapter,
      now: input.now,
    },
  );
  const reason = result.fallback === 'POPULARITY' ? 'Every personal score was low: popular titles' : null;
  return { items: explain(result.picks), personalized: true, fallback: result.fallback, reason, positives: result.positives };
}

/**
 * A profile's log as the recommender reads it: §5 weights with the binge and rewatch flags, one value per title
 * (`aggregateFeedback`), on catalogue indices, dated by the title's latest interaction, oldest first. Titles the
 * catalogue no longer has are dropped.
 */
export function profileFeedback(catalog: Pick<CatalogModel, 'indexById'>, history: readonly InteractionRecord[], now: number): ProfileHistoryEntry[] {
  const lastAt = new Map<string, number>();
  for (const record of history) lastAt.set(record.titleId, Math.max(lastAt.get(record.titleId) ?? 0, record.at));
  return aggregateFeedback(withViewingFlags(history))
    .flatMap((entry) => {
      const itemIndex = catalog.indexById.get(entry.itemId);
      return itemIndex === undefined ? [] : [{ itemIndex, value: entry.value, at: lastAt.get(entry.itemId) ?? now }];
    })
    .sort((a, b) => a.at - b.at || a.itemIndex - b.itemIndex);
}

function totalWeight(weights: HybridWeights): number {
  return weights.collaborative + weights.content + weights.graph + weights.context;
}
