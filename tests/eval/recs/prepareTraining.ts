// The training side of one split: the feedback matrix and models every method shares, and each user's history.
import {
  aggregateFeedback,
  buildFeedbackMatrix,
  buildItemGraph,
  buildItemKnn,
  popularityRanking,
  trainImplicitAls,
  type AlsModel,
  type FeedbackMatrix,
  type Interaction,
  type ItemGraph,
  type ItemKnnModel,
} from '@media-gateway/recommender';
import type { EvalItem } from './catalogItems.js';

export interface HistoryEntry {
  itemIndex: number;
  value: number;
  /** The pair's latest training interaction. */
  at: number;
}

export interface Training {
  matrix: FeedbackMatrix;
  als: AlsModel;
  knn: ItemKnnModel;
  graph: ItemGraph;
  popularity: Int32Array;
  /** Per user, the aggregated training feedback, oldest first. */
  histories: Map<string, HistoryEntry[]>;
  /** Row of each user in the matrix and the ALS model. */
  userRow: Map<string, number>;
  timings: Record<'als' | 'knn' | 'graph', number>;
}

export function prepareTraining(items: readonly EvalItem[], train: readonly Interaction[], options: { alsSeed: number }): Training {
  const itemIndex = new Map(items.map((item, i) => [item.id, i]));
  const feedback = aggregateFeedback(train);
  const matrix = buildFeedbackMatrix(feedback, items.map((item) => item.id));
  const lastAt = new Map<string, number>();
  for (const i of train) {
    const key = `${i.userId}\u0000${i.itemId}`;
    lastAt.set(key, Math.max(lastAt.get(key) ?? 0, i.at));
  }
  const histories = new Map<string, HistoryEntry[]>();
  for (const { userId, itemId, value } of feedback) {
    const history = histories.get(userId) ?? [];
    history.push({ itemIndex: itemIndex.get(itemId)!, value, at: lastAt.get(`${userId}\u0000${itemId}`)! });
    histories.set(userId, history);
  }
  for (const history of histories.values()) history.sort((a, b) => a.at - b.at || a.itemIndex - b.itemIndex);

  const timed = <T>(run: () => T): [T, number] => {
    const started = performance.now();
    return [run(), performance.now() - started];
  };
  // §5 defaults (64 factors, λ 0.1, 10 iterations, α 40); only the seed is set, for reproducibility.
  const [als, alsMs] = timed(() => trainImplicitAls(matrix, { seed: options.alsSeed }));
  const [knn, knnMs] = timed(() => buildItemKnn(matrix));
  const [graph, graphMs] = timed(() => buildItemGraph(items));
  return {
    matrix,
    als,
    knn,
    graph,
    popularity: popularityRanking(matrix),
    histories,
    userRow: new Map(matrix.userIds.map((id, row) => [id, row])),
    timings: { als: alsMs, knn: knnMs, graph: graphMs },
  };
}
