// The methods the hybrid is compared with: popularity, item-kNN and ALS alone. Each returns catalogue indices, best first.
import { createTsScorer, scoreItemKnn, toModelRow } from '@media-gateway/recommender';
import type { Training } from './prepareTraining.js';

export type Recommend = (userId: string, k: number) => Promise<number[]>;

/** The titles most users liked in training, minus what the user has touched. */
export function popularityRecommender(training: Training): Recommend {
  return async (userId, k) => fillFromPopularity([], seenBy(training, userId), training.popularity, k);
}

/** "Watched X, also watched Y": item-kNN over the user's training history; popularity fills a short list. */
export function itemKnnRecommender(training: Training): Recommend {
  const { knn, toCatalog } = training.collaborative;
  return async (userId, k) => {
    const row = toModelRow(training.collaborative, training.histories.get(userId) ?? []);
    const scored = [...scoreItemKnn(knn, row)].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
    const ranked = scored.filter(([, s]) => s.score > 0).slice(0, k).map(([modelIndex]) => toCatalog[modelIndex]!);
    return fillFromPopularity(ranked, seenBy(training, userId), training.popularity, k);
  };
}

/** ALS alone: the user's trained factors against every item (the TypeScript scorer); popularity for users ALS never saw. */
export function alsRecommender(training: Training): Recommend {
  const { als, toCatalog, fromCatalog } = training.collaborative;
  const f = als!.factors;
  const scorer = createTsScorer(als!.itemFactors, f);
  const rowOf = new Map(als!.userIds.map((id, row) => [id, row]));
  return async (userId, k) => {
    const row = rowOf.get(userId);
    const seen = seenBy(training, userId);
    if (row === undefined) return fillFromPopularity([], seen, training.popularity, k);
    const exclude = new Set([...seen].flatMap((index) => fromCatalog.get(index) ?? []));
    const { indices } = await scorer.topK(als!.userFactors.subarray(row * f, (row + 1) * f), undefined, k, exclude);
    return [...indices].map((modelIndex) => toCatalog[modelIndex]!);
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
