import { CONTENT_POPULARITY_EXPONENT, mergeCandidates, scoreContent, scoreGraph, scoreItemKnn, type HybridWeights, type SourceCandidate } from '@media-gateway/recommender';
import type { Models } from '../model/ModelStore.js';
import type { RecommendationItem } from './RecommendationList.js';
import { excludedIndices } from './ServingFilters.js';
import { toRecommendationItem } from './toRecommendationItem.js';

/** Related picks lean on co-watching and the graph; content similarity (genres, era) fills in; no context. */
export const RELATED_WEIGHTS: Readonly<HybridWeights> = Object.freeze({ collaborative: 0.4, content: 0.2, graph: 0.4, context: 0 });
const LIMIT = 100;

/**
 * `Title.becauseYouWatched`: titles related to one title, for anybody — co-watched (item-kNN over every consented
 * profile's feedback, aggregated), same director / shared cast / same genres and era (the item graph), similar
 * metadata — merged, limited to titles with an offer in `region`, each citing the title. No personal data is read.
 */
export function becauseYouWatched(models: Models, titleId: string, first: number, region: string): RecommendationItem[] {
  const { items, indexById, graph } = models.catalog;
  const index = indexById.get(titleId);
  if (index === undefined) return [];
  const exclude = excludedIndices(items, { region, maxRatingRank: null, blockedGenres: [] }, [index]);
  const seed = [{ itemIndex: index, value: 1 }];
  const sources: Partial<Record<keyof HybridWeights, SourceCandidate[]>> = {
    graph: scoreGraph(graph, seed, LIMIT, { exclude }),
    content: items[index]!.vector ? scoreContent(items, items[index]!.vector!, LIMIT, { exclude, popularityExponent: CONTENT_POPULARITY_EXPONENT }) : [],
  };
  const collaborative = models.collaborative;
  const modelIndex = collaborative?.fromCatalog.get(index);
  if (collaborative && modelIndex !== undefined) {
    sources.collaborative = [...scoreItemKnn(collaborative.knn, [{ itemIndex: modelIndex, value: 1 }])].flatMap(([neighbour, hit]) => {
      const catalogIndex = collaborative.toCatalog[neighbour]!;
      return exclude.has(catalogIndex) ? [] : [{ index: catalogIndex, score: hit.score, because: index, relation: 'CO_WATCHED' as const }];
    });
  }
  const weightTotal = RELATED_WEIGHTS.collaborative + RELATED_WEIGHTS.content + RELATED_WEIGHTS.graph;
  return mergeCandidates(sources, RELATED_WEIGHTS, { exclude, limit: first }).map((candidate) => {
    // Every pick is related to the seed title, whichever source proposed it: cite it.
    const cited = candidate.because ? candidate : { ...candidate, because: { index, source: candidate.sources[0]?.source ?? 'content' } };
    return toRecommendationItem(cited, items, weightTotal, (source) => RELATED_WEIGHTS[source]);
  });
}
