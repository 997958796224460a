import { topScores } from '../content/topScores.js';
import { GRAPH_RELATIONS, type GraphRelation, type ItemGraph } from './ItemGraph.js';

export interface GraphCandidate {
  index: number;
  score: number;
  /** The history item whose edge contributed most: the "X" in "Same director as X". */
  because: number;
  /** The relation of that strongest edge. */
  relation: GraphRelation;
}

/**
 * Graph candidates (§5, 100 by default in the hybrid): every out-neighbour of a liked history item scores
 * `edge weight × history value`, summed over the history, so a title two watched films point at outranks one only a
 * single film does. Only positive history values propagate (a dismissed film's director is not a reason to bury his
 * other films; the dismissal itself is removed as watched). History items and `exclude`d ones never come back.
 */
export function scoreGraph(
  graph: ItemGraph,
  history: ReadonlyArray<{ itemIndex: number; value: number }>,
  k: number,
  options: { exclude?: ReadonlySet<number> } = {},
): GraphCandidate[] {
  if (!Number.isInteger(k) || k < 0) throw new TypeError(`k must be a non-negative integer, got ${k}`);
  const seen = new Set<number>();
  history.forEach((entry, position) => {
    if (!Number.isInteger(entry.itemIndex) || entry.itemIndex < 0 || entry.itemIndex >= graph.itemCount) {
      throw new TypeError(`history[${position}].itemIndex must be an index into the graph (0..${graph.itemCount - 1}), got ${entry.itemIndex}`);
    }
    seen.add(entry.itemIndex);
  });

  const scores = new Map<number, { score: number; best: number; because: number; relation: number }>();
  for (const { itemIndex, value } of history) {
    if (!(value > 0)) continue;
    for (let edge = graph.rowPtr[itemIndex]!; edge < graph.rowPtr[itemIndex + 1]!; edge++) {
      const to = graph.neighbors[edge]!;
      if (seen.has(to) || options.exclude?.has(to)) continue;
      const contribution = graph.weights[edge]! * value;
      const current = scores.get(to);
      if (!current) {
        scores.set(to, { score: contribution, best: contribution, because: itemIndex, relation: graph.relations[edge]! });
        continue;
      }
      current.score += contribution;
      if (contribution > current.best) Object.assign(current, { best: contribution, because: itemIndex, relation: graph.relations[edge]! });
    }
  }
  const touched = [...scores.keys()].sort((a, b) => a - b);
  return topScores(touched.length, (i) => scores.get(touched[i]!)!.score, k).map(({ index: i, score }) => {
    const entry = scores.get(touched[i]!)!;
    return { index: touched[i]!, score, because: entry.because, relation: GRAPH_RELATIONS[entry.relation]! };
  });
}
