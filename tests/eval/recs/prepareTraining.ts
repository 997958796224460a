// The training side of one split: the models every method shares, built as the recommendations subgraph builds
// them, and each user's history.
import {
  aggregateFeedback,
  buildFeedbackMatrix,
  buildItemGraph,
  createTsScorer,
  popularityOrder,
  popularityRanking,
  trainCollaborativeModel,
  type CollaborativeModel,
  type HybridModels,
  type Interaction,
  type ProfileHistoryEntry,
} from '@media-gateway/recommender';
import type { EvalItem } from './catalogItems.js';

export interface Training {
  collaborative: CollaborativeModel;
  /** What the served pipeline reads; its popularity is the catalogue's, as served. */
  models: HybridModels;
  /** Titles by how many users liked them in training, most first: the popularity baseline. */
  popularity: Int32Array;
  /** Per user, the aggregated training feedback on catalogue indices, oldest first. */
  histories: Map<string, ProfileHistoryEntry[]>;
  timings: Record<'collaborative' | 'graph', number>;
}

export function prepareTraining(items: readonly EvalItem[], train: readonly Interaction[], options: { alsSeed: number }): Training {
  const indexById = new Map(items.map((item, i) => [item.id, i]));
  const feedback = aggregateFeedback(train);
  const lastAt = new Map<string, number>();
  for (const i of train) {
    const key = `${i.userId}\u0000${i.itemId}`;
    lastAt.set(key, Math.max(lastAt.get(key) ?? 0, i.at));
  }
  const histories = new Map<string, ProfileHistoryEntry[]>();
  for (const { userId, itemId, value } of feedback) {
    const history = histories.get(userId) ?? [];
    history.push({ itemIndex: indexById.get(itemId)!, value, at: lastAt.get(`${userId}\u0000${itemId}`)! });
    histories.set(userId, history);
  }
  for (const history of histories.values()) history.sort((a, b) => a.at - b.at || a.itemIndex - b.itemIndex);

  const timed = <T>(run: () => T): [T, number] => {
    const started = performance.now();
    return [run(), performance.now() - started];
  };
  // §5 defaults (64 factors, λ 0.1, 10 iterations, α 40); only the seed is set, for reproducibility.
  const [collaborative, collaborativeMs] = timed(() => trainCollaborativeModel(train, indexById, options.alsSeed));
  if (!collaborative?.als) throw new Error('the simulation produced too little feedback to train ALS');
  const [graph, graphMs] = timed(() => buildItemGraph(items));
  const { als } = collaborative;
  return {
    collaborative,
    models: {
      items,
      graph,
      popularity: popularityOrder(items),
      collaborative,
      scorer: createTsScorer(als.itemFactors, als.factors),
    },
    popularity: popularityRanking(buildFeedbackMatrix(feedback, items.map((item) => item.id))),
    histories,
    timings: { collaborative: collaborativeMs, graph: graphMs },
  };
}
