// The methods the hybrid is compared with: popularity, item-kNN and ALS alone. Each returns item indices, best first.
import { createTsScorer, scoreItemKnn } from '@media-gateway/recommender';
import type { Training } from './prepareTraining.js';

export type Recommend = (userId: string, k: number) => Promise<number[]>;

/** The most popular training titles the user has not touched. */
export function popularityRecommender(training: Training): Recommend {
  return async (userId, k) => fillFromPopularity([], seenBy(training, userId), training.popularity, k);
}

/** "Watched X, also watched Y": item-kNN over the user's training history; popularity fills a short list. */
export function itemKnnRecommender(training: Training): Recommend {
  return async (userId, k) => {
    const history = training.histories.get(userId) ?? [];
    const scored = [...scoreItemKnn(training.knn, history)].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
    const ranked = scored.filter(([, s]) => s.score > 0).slice(0, k).map(([index]) => index);
    return fillFromPopularity(ranked, seenBy(training, userId), training.popularity, k);
  };
}

/** ALS alone: the user's factors against every item (the library's TypeScript scorer); popularity for users ALS never saw. */
export function alsRecommender(training: Training): Recommend {
  const scorer = createTsScorer(training.als.itemFactors, training.als.factors);
  return async (userId, k) => {
    const row = training.userRow.get(userId);
    const seen = seenBy(training, userId);
    if (row === undefined) return fillFromPopularity([], seen, training.popularity, k);
    const f = training.als.factors;
    const { indices } = await scorer.topK(training.als.userFactors.subarray(row * f, (row + 1) * f), undefined, k, seen);
    return [...indices];
  };
}

export function seenBy(training: Training, userId: string): Set<number> {
  return new Set((training.histories.get(userId) ?? []).map((h) => h.itemIndex));
}

/** Tops a list up to `k` with the most popular unseen titles: every method answers 10 titles, as a product would. */
export function fillFromPopularity(ranked: number[], seen: ReadonlySet<number>, popularity: Int32Array, k: number): number[] {
  const out = [...ranked];
  const taken = new Set(out);
  for (let r = 0; r < popularity.length && out.length < k; r++) {
    const index = popularity[r]!;
    if (!seen.has(index) && !taken.has(index)) {
      out.push(index);
      taken.add(index);
    }
  }
  return out;
}
