// Top-k metrics for the recommendation eval. Pure functions: binary relevance, lists best first.
import { intraListSimilarity } from '@media-gateway/recommender';

/** Share of the first `k` recommendations that are relevant; a shorter list still divides by `k`. */
export function precisionAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  let hits = 0;
  for (const id of ranked.slice(0, k)) if (relevant.has(id)) hits++;
  return hits / k;
}

/**
 * nDCG@k with binary gains: DCG = Σ rel_i / log2(i + 1) over ranks i = 1..k, divided by the DCG of the ideal list
 * (min(k, |relevant|) hits at the top). 0 when nothing is relevant.
 * Worked example: hits at ranks 1 and 3 of 3 relevant → (1 + 1/2) / (1 + 1/log2 3 + 1/2) ≈ 0.704.
 */
export function ndcgAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (relevant.has(id)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Share of the catalogue that appears in at least one user's list. */
export function catalogueCoverage(lists: Iterable<readonly string[]>, catalogueSize: number): number {
  const shown = new Set<string>();
  for (const list of lists) for (const id of list) shown.add(id);
  return catalogueSize === 0 ? 0 : shown.size / catalogueSize;
}

/** Mean over lists of the mean pairwise cosine of the items' content vectors (§5 target < 0.7). */
export function meanIntraListSimilarity(lists: Iterable<readonly string[]>, vectorOf: (id: string) => Float32Array): number {
  let total = 0;
  let count = 0;
  for (const list of lists) {
    if (list.length < 2) continue;
    total += intraListSimilarity(list.map(vectorOf));
    count++;
  }
  return count === 0 ? 0 : total / count;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}
