import { TopK } from '../lib/TopK.js';

/**
 * The `k` best (index, score) pairs of a scored set, best first, ties by lower index so results are deterministic.
 * A bounded min-heap (`TopK`): O(n log k) instead of sorting every score, which matters for 100 of 10k+ items per
 * request. `scoreOf` answers undefined (or NaN) for an item to leave out.
 */
export function topScores(count: number, scoreOf: (index: number) => number | undefined, k: number): Array<{ index: number; score: number }> {
  if (k <= 0) return [];
  const top = new TopK(k);
  for (let index = 0; index < count; index++) {
    const score = scoreOf(index);
    if (score !== undefined && !Number.isNaN(score)) top.push(index, score);
  }
  return top.drain();
}
