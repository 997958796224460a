import type { MatchReason } from './MatchReason.js';

/** One retriever's answer, best first. */
export interface RankedList {
  /** "vector", "keyword", "graph", or any other retriever name. */
  retriever: string;
  items: readonly RankedItem[];
}

export interface RankedItem {
  id: string;
  /** Why this retriever found it, when it can say ("same director as Heat"). */
  reasons?: readonly MatchReason[];
}

/** A candidate's share from one list: its 0-based rank there and `weight / (k + rank + 1)`. */
export interface RankContribution {
  retriever: string;
  rank: number;
  weight: number;
  contribution: number;
}

export interface FusedCandidate {
  id: string;
  /** Σ weight / (k + rank + 1) over the lists that returned it. */
  rrf: number;
  /** One entry per list that returned the candidate, in the order the lists were given. */
  contributions: RankContribution[];
  /** The retrievers' own reasons, in list order, without repeats. */
  reasons: MatchReason[];
}

export interface RrfOptions {
  /** @default 60 (§4 step 2) */
  k?: number;
  /** A weight per retriever; a list whose retriever has none counts with weight 1 (plain RRF). */
  weights?: Readonly<Record<string, number>>;
}

/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009) with per-list weights: each list adds
 * `weight / (k + rank + 1)` for a 0-based rank (PRODUCT_SPEC §4 step 2). RRF needs no score calibration between
 * retrievers, which is why BM25 scores and cosine similarities can be fused at all.
 *
 * Worked example, k = 60, weights 1: "a" first in one list and third in another scores 1/61 + 1/63 ≈ 0.032266;
 * "b" second in both scores 2/62 ≈ 0.032258, so "a" edges ahead.
 *
 * A repeated id in one list keeps its best rank. Ties sort by the number of lists, then the best single rank,
 * then id, so the order is deterministic.
 */
export function reciprocalRankFusion(lists: readonly RankedList[], options: RrfOptions = {}): FusedCandidate[] {
  const k = options.k ?? 60;
  if (!Number.isFinite(k) || k < 0) throw new TypeError(`k must be a non-negative number, got ${k}`);
  const fused = new Map<string, FusedCandidate>();
  for (const list of lists) {
    const weight = options.weights?.[list.retriever] ?? 1;
    if (!Number.isFinite(weight) || weight < 0) throw new TypeError(`weights.${list.retriever} must be a non-negative number, got ${weight}`);
    const seen = new Set<string>();
    list.items.forEach((item, rank) => {
      if (seen.has(item.id)) return;
      seen.add(item.id);
      const contribution = weight / (k + rank + 1);
      let candidate = fused.get(item.id);
      if (!candidate) {
        candidate = { id: item.id, rrf: 0, contributions: [], reasons: [] };
        fused.set(item.id, candidate);
      }
      candidate.rrf += contribution;
      candidate.contributions.push({ retriever: list.retriever, rank, weight, contribution });
      for (const reason of item.reasons ?? []) {
        if (!candidate.reasons.some((r) => r.kind === reason.kind && r.text === reason.text)) candidate.reasons.push(reason);
      }
    });
  }
  return [...fused.values()].sort(
    (a, b) =>
      b.rrf - a.rrf ||
      b.contributions.length - a.contributions.length ||
      bestRank(a) - bestRank(b) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function bestRank(candidate: FusedCandidate): number {
  return Math.min(...candidate.contributions.map((c) => c.rank));
}
