import type { GraphRelation } from '../graph/ItemGraph.js';
import { DEFAULT_HYBRID_WEIGHTS, type CandidateSource, type HybridWeights } from './HybridWeights.js';

/** What links a candidate to the user's history: a graph relation, or co-consumption (item-kNN / collaborative). */
export type CandidateRelation = GraphRelation | 'CO_WATCHED' | 'SIMILAR_CONTENT';

/** One candidate as a source scored it; `because` is a history item index when the source can name one. */
export interface SourceCandidate {
  index: number;
  score: number;
  because?: number;
  relation?: CandidateRelation;
}

export interface MergedCandidate {
  index: number;
  /** Σ weight × min-max-normalised source score; in [0, 1] when the weights sum to 1. */
  score: number;
  /** Every source that proposed the item, largest weighted contribution first. */
  sources: Array<{ source: CandidateSource; score: number; raw: number }>;
  /** The history item behind the strongest contribution that names one: what the explanation cites (§5 `based_on`). */
  because?: { index: number; source: CandidateSource; relation?: CandidateRelation };
}

const SOURCES: readonly CandidateSource[] = ['collaborative', 'content', 'graph', 'context'];

/**
 * Merges per-source candidate lists (§5): each source's scores are min-max normalised to [0, 1] over its own list
 * (sources score on unrelated scales: ALS dot products, cosines, summed edge weights), then summed with the source
 * weights; an item a source did not propose gets 0 from it. Excluded (watched) items are removed before
 * normalising, so a source's best remaining candidate scores 1. A list whose scores are all equal normalises to 1:
 * the source ranks them equally high, not equally nothing. A source listing an item twice keeps its best score.
 *
 * Worked example, weights 0.35/0.25/0.30/0.10: collaborative {a: 4, b: 2} → {a: 1, b: 0}; graph {b: 3} → {b: 1};
 * merged a = 0.35, b = 0.30.
 *
 * Best first, ties by lower index; `limit` cuts the list (default: all).
 */
export function mergeCandidates(
  sources: Partial<Record<CandidateSource, readonly SourceCandidate[]>>,
  weights: HybridWeights = DEFAULT_HYBRID_WEIGHTS,
  options: { exclude?: ReadonlySet<number>; limit?: number } = {},
): MergedCandidate[] {
  for (const source of SOURCES) {
    const weight = weights[source];
    if (!Number.isFinite(weight) || weight < 0) throw new TypeError(`weights.${source} must be a finite number ≥ 0, got ${weight}`);
  }
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (limit !== Number.POSITIVE_INFINITY && (!Number.isInteger(limit) || limit < 0)) throw new TypeError(`limit must be a non-negative integer, got ${limit}`);

  const merged = new Map<number, MergedCandidate & { becauseWeight: number }>();
  for (const source of SOURCES) {
    const best = new Map<number, SourceCandidate>();
    for (const candidate of sources[source] ?? []) {
      if (!Number.isFinite(candidate.score)) throw new TypeError(`${source} candidate ${candidate.index} has a non-finite score ${candidate.score}`);
      if (options.exclude?.has(candidate.index)) continue;
      const current = best.get(candidate.index);
      if (!current || candidate.score > current.score) best.set(candidate.index, candidate);
    }
    if (best.size === 0) continue;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const { score } of best.values()) {
      min = Math.min(min, score);
      max = Math.max(max, score);
    }
    const range = max - min;
    for (const candidate of best.values()) {
      const normalised = range > 0 ? (candidate.score - min) / range : 1;
      const contribution = weights[source] * normalised;
      const entry = merged.get(candidate.index) ?? { index: candidate.index, score: 0, sources: [], becauseWeight: -1 };
      entry.score += contribution;
      entry.sources.push({ source, score: normalised, raw: candidate.score });
      if (candidate.because !== undefined && contribution > entry.becauseWeight) {
        entry.becauseWeight = contribution;
        entry.because = { index: candidate.because, source, ...(candidate.relation ? { relation: candidate.relation } : {}) };
      }
      merged.set(candidate.index, entry);
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ becauseWeight: _, ...candidate }) => {
      candidate.sources.sort((a, b) => weights[b.source] * b.score - weights[a.source] * a.score);
      return candidate;
    });
}
