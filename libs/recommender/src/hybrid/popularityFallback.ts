import type { MergedCandidate } from './mergeCandidates.js';

/** §5: if every merged candidate scores below this, the personal list is too weak to show. */
export const POPULARITY_FALLBACK_THRESHOLD = 0.3;

export interface PopularPick {
  index: number;
  /** 1 for the most popular, falling by rank: the list is an ordering, not a confidence. */
  score: number;
  reason: 'POPULAR';
}

export type FallbackResult =
  | { fallback: false; candidates: MergedCandidate[] }
  | { fallback: true; candidates: PopularPick[] };

/** Catalogue indices by the catalogue's own popularity, most popular first (ties: lower index): the fallback's order. */
export function popularityOrder(items: ReadonlyArray<{ popularity: number }>): Int32Array {
  return Int32Array.from(items.map((_, i) => i).sort((a, b) => items[b]!.popularity - items[a]!.popularity || a - b));
}

/** True when there is nothing to show or every candidate scores below the threshold (an empty list included). */
export function needsPopularityFallback(candidates: ReadonlyArray<{ score: number }>, threshold = POPULARITY_FALLBACK_THRESHOLD): boolean {
  return candidates.every((candidate) => candidate.score < threshold);
}

/**
 * Keeps the merged list unless `needsPopularityFallback`, in which case it answers the first `k` titles of
 * `popularity` (item indices, most popular first, e.g. `popularityRanking`) that are not `exclude`d, flagged
 * `fallback: true` so the response can say so (§5).
 */
export function withPopularityFallback(
  candidates: MergedCandidate[],
  popularity: ArrayLike<number>,
  k: number,
  options: { exclude?: ReadonlySet<number>; threshold?: number } = {},
): FallbackResult {
  if (!Number.isInteger(k) || k < 0) throw new TypeError(`k must be a non-negative integer, got ${k}`);
  if (!needsPopularityFallback(candidates, options.threshold)) return { fallback: false, candidates };
  const picks: PopularPick[] = [];
  for (let rank = 0; rank < popularity.length && picks.length < k; rank++) {
    const index = popularity[rank]!;
    if (options.exclude?.has(index)) continue;
    picks.push({ index, score: 1 / (picks.length + 1), reason: 'POPULAR' });
  }
  return { fallback: true, candidates: picks };
}
