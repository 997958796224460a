import { RecommenderError } from '../errors.js';
import type { ItemKnnModel } from './buildItemKnn.js';

/**
 * Scores the neighbours of a user's history: each history item `h` with value `v` adds `v · sim(h, j)` to every
 * neighbour `j`, and `because` is the history item whose contribution to `j` was largest — the "because you watched
 * …" of the explanation. Items in the history are not scored (they are watched or judged already).
 *
 * A negative value (disliked, dismissed) subtracts from its neighbours, so a candidate reached only from disliked
 * items ends up with a negative score; its `because` is then the least negative contributor, and ranking by score
 * puts it last. Repeated history items are summed first.
 *
 * @throws RecommenderError `INVALID_FEEDBACK` when a value is not a finite number.
 * @throws RangeError when an item index is not an integer in `[0, itemIds.length)`.
 */
export function scoreItemKnn(model: ItemKnnModel, history: ReadonlyArray<{ itemIndex: number; value: number }>): Map<number, { score: number; because: number }> {
  const itemCount = model.itemIds.length;
  const weights = new Map<number, number>();
  for (const { itemIndex, value } of history) {
    if (!Number.isInteger(itemIndex) || itemIndex < 0 || itemIndex >= itemCount) throw new RangeError(`itemIndex ${itemIndex} is outside the model's ${itemCount} items`);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new RecommenderError('INVALID_FEEDBACK', `feedback on item ${itemIndex} is not a finite number: ${String(value)}`);
    weights.set(itemIndex, (weights.get(itemIndex) ?? 0) + value);
  }
  const scores = new Map<number, { score: number; because: number }>();
  const strongest = new Map<number, number>();
  const { k, neighbors, similarities } = model;
  for (const [source, weight] of weights) {
    if (weight === 0) continue;
    for (let slot = source * k; slot < source * k + k; slot++) {
      const candidate = neighbors[slot]!;
      if (candidate < 0) break;
      if (weights.has(candidate)) continue;
      const contribution = weight * similarities[slot]!;
      const entry = scores.get(candidate);
      if (entry === undefined) {
        scores.set(candidate, { score: contribution, because: source });
        strongest.set(candidate, contribution);
      } else {
        entry.score += contribution;
        if (contribution > strongest.get(candidate)!) {
          entry.because = source;
          strongest.set(candidate, contribution);
        }
      }
    }
  }
  return scores;
}
