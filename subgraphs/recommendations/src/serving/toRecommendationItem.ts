import { explainRecommendation, type ColdStartPick, type MergedCandidate, type PopularPick, type RecommendationType } from '@media-gateway/recommender';
import type { CatalogEntry } from '../catalog/CatalogEntry.js';
import type { RecommendationItem, RecommendationKind } from './RecommendationList.js';

const KINDS: Readonly<Record<RecommendationType, RecommendationKind>> = {
  COLLABORATIVE: 'COLLABORATIVE',
  CONTENT: 'CONTENT',
  GRAPH: 'GRAPH',
  CONTEXT: 'CONTEXT',
  ONBOARDING_GENRE: 'ONBOARDING',
  REGIONAL_TRENDING: 'TRENDING',
  POPULAR: 'POPULARITY',
};

/**
 * A pick as served: the recommender's explanation (its `basedOn` indices become title ids) and a confidence — for a
 * merged candidate the share of the hybrid weight whose sources proposed it (one weak source: low; every source
 * agreeing: 1), for cold-start and popularity picks a fixed 0.3, since nothing personal backs them.
 */
export function toRecommendationItem(
  pick: MergedCandidate | ColdStartPick | PopularPick,
  items: readonly CatalogEntry[],
  totalWeight: number,
  weightOf: (source: MergedCandidate['sources'][number]['source']) => number,
): RecommendationItem {
  const explanation = explainRecommendation(pick, (index) => items[index]?.name || 'a title you watched');
  const confidence = 'sources' in pick && totalWeight > 0 ? pick.sources.reduce((sum, s) => sum + weightOf(s.source), 0) / totalWeight : 0.3;
  return {
    titleId: items[pick.index]!.id,
    score: Math.max(0, Math.min(1, pick.score)),
    confidence: Math.max(0, Math.min(1, confidence)),
    kind: KINDS[explanation.type],
    explanation: explanation.text,
    basedOn: explanation.basedOn.map((index) => items[index]!.id),
  };
}
