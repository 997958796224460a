import type { ParsedIntent } from '../intent/ParsedIntent.js';
import { applyFilters, type FilterReason } from './applyFilters.js';
import type { MatchReason } from './MatchReason.js';
import { matchReasons } from './matchReasons.js';
import { DEFAULT_RANKING_CONFIG, RETRIEVERS, type RankingConfig } from './RankingConfig.js';
import { reciprocalRankFusion, type RankedList } from './reciprocalRankFusion.js';
import type { SearchCandidate } from './SearchCandidate.js';
import type { ContentRestrictions, SearchFilters } from './SearchFilters.js';

/** One retriever's part in a result's score. `rank` is 0-based, null when that retriever ran but missed it. */
export interface RetrieverScore {
  retriever: string;
  rank: number | null;
  /** `1 / (k + rank + 1)`, the plain RRF term; 0 when missed. */
  rrf: number;
  /** The retriever's weight after re-spreading the weights of retrievers that did not run. */
  weight: number;
  /** `weight × (k + 1) / (k + rank + 1)`: the RRF term scaled so a first place is worth the full weight. */
  contribution: number;
}

/** How a result's score came about, for the response and for explaining it (§16 scenario 9). */
export interface ScoreBreakdown {
  configVersion: string;
  variant: string;
  retrievers: RetrieverScore[];
  /** Σ retriever contributions. */
  retrieval: number;
  popularity: { value: number; weight: number; contribution: number };
  /** Present with a known user: `× (1 + affinity × affinityBoost)`. */
  affinity: { value: number; multiplier: number } | null;
  /** Present when the config's quality boost is on: `× (1 + quality × qualityBoost)`. */
  quality: { value: number; multiplier: number } | null;
  /** (retrieval + popularity) × affinity multiplier × quality multiplier. */
  final: number;
}

export interface RankedResult<T extends SearchCandidate = SearchCandidate> {
  candidate: T;
  score: number;
  breakdown: ScoreBreakdown;
  primaryReason: MatchReason | null;
  /** Every reason, primary first. */
  reasons: MatchReason[];
}

export interface RankCandidatesInput<T extends SearchCandidate> {
  /** Every retriever that ran, even with no hits; a retriever that did not run is simply absent. */
  lists: readonly RankedList[];
  /** Metadata by id; fused ids with no metadata are dropped (the read model no longer has them). */
  candidates: ReadonlyMap<string, T>;
  config?: RankingConfig;
  intent?: ParsedIntent | null;
  filters?: SearchFilters;
  restrictions?: ContentRestrictions | null;
  /** The user's affinity for a candidate in [0, 1] (§4 step 4); absent for anonymous searches. */
  affinity?: (candidate: T) => number;
  region?: string | null;
  now?: Date;
  /**
   * Only the best this many results get match reasons (the rest have none): a caller that shows a few pages
   * needn't pay for explaining hundreds of candidates.
   * @default every result
   */
  explainTop?: number;
}

export interface RankCandidatesOutput<T extends SearchCandidate> {
  results: RankedResult<T>[];
  excluded: { id: string; reason: FilterReason }[];
}

/**
 * Hybrid ranking (PRODUCT_SPEC §4): fuse the retrievers' lists with RRF, drop what the filters and parental controls
 * exclude, blend in popularity, apply the user's affinity, sort.
 *
 * Scale: a plain RRF term is at most 1/(k+1) ≈ 0.016 while popularity is in [0, 1], so adding `0.15 × popularity` to
 * raw RRF terms (§4 step 3 read literally) would let popularity decide almost every order. Each term is therefore
 * multiplied by (k + 1), which maps a first place to 1 and leaves the fused order unchanged; the score is then
 * `Σ weight × (k+1)/(k+rank+1) + w_pop × popularity`, in [0, 1] before boosts.
 *
 * Missing retrievers: graph search runs only when the query names a title (§4 step 1), and the vector retriever is
 * absent without an embedding model. Their weights are spread over the retrievers that ran, in proportion, so
 * popularity keeps the same share of every score whichever retrievers ran.
 *
 * Ties sort by popularity, then id, so pages are stable.
 */
export function rankCandidates<T extends SearchCandidate>(input: RankCandidatesInput<T>): RankCandidatesOutput<T> {
  const config = input.config ?? DEFAULT_RANKING_CONFIG;
  const now = input.now ?? new Date();
  const weights = effectiveWeights(config, input.lists.map((l) => l.retriever));
  const ran = [...new Set(input.lists.map((l) => l.retriever))];
  const fused = reciprocalRankFusion(input.lists, { k: config.k, weights });

  const known: T[] = [];
  const fusedById = new Map(fused.map((f) => [f.id, f]));
  for (const f of fused) {
    const candidate = input.candidates.get(f.id);
    if (candidate) known.push(candidate);
  }
  const { kept, excluded } = applyFilters(known, input.filters ?? {}, { restrictions: input.restrictions ?? null, now });

  const scale = config.k + 1;
  const results = kept.map((candidate): RankedResult<T> => {
    const f = fusedById.get(candidate.id);
    const retrievers = ran.map((retriever): RetrieverScore => {
      const hit = f?.contributions.find((c) => c.retriever === retriever);
      const weight = weights[retriever] ?? 0;
      if (!hit) return { retriever, rank: null, rrf: 0, weight, contribution: 0 };
      return { retriever, rank: hit.rank, rrf: 1 / (config.k + hit.rank + 1), weight, contribution: hit.contribution * scale };
    });
    const retrieval = retrievers.reduce((sum, r) => sum + r.contribution, 0);
    const popularityValue = clamp01(candidate.popularity);
    const popularity = { value: popularityValue, weight: config.weights.popularity, contribution: config.weights.popularity * popularityValue };
    const affinityValue = input.affinity ? clamp01(input.affinity(candidate)) : null;
    const affinity = affinityValue === null ? null : { value: affinityValue, multiplier: 1 + affinityValue * config.affinityBoost };
    const qualityValue = config.qualityBoost > 0 && candidate.qualityScore !== undefined ? clamp01(candidate.qualityScore) : null;
    const quality = qualityValue === null ? null : { value: qualityValue, multiplier: 1 + qualityValue * config.qualityBoost };
    const final = (retrieval + popularity.contribution) * (affinity?.multiplier ?? 1) * (quality?.multiplier ?? 1);

    return {
      candidate,
      score: final,
      breakdown: { configVersion: config.version, variant: config.variant, retrievers, retrieval, popularity, affinity, quality, final },
      primaryReason: null,
      reasons: [],
    };
  });

  results.sort(
    (a, b) =>
      b.score - a.score ||
      b.candidate.popularity - a.candidate.popularity ||
      (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0),
  );
  // Reasons read every candidate's text; only the ones that can be shown need them.
  const explained = Math.min(results.length, input.explainTop ?? results.length);
  for (let i = 0; i < explained; i++) {
    const result = results[i]!;
    const f = fusedById.get(result.candidate.id);
    result.reasons = matchReasons(result.candidate, input.intent ?? null, {
      retrievers: f?.contributions.map((c) => c.retriever) ?? [],
      retrieverReasons: f?.reasons ?? [],
      region: input.region ?? input.filters?.region ?? null,
      now,
    });
    result.primaryReason = result.reasons[0] ?? null;
  }
  return { results, excluded };
}

/**
 * The retriever weights for the retrievers that ran, re-spread so they sum to what all retrievers had together
 * (1 − popularity weight). With the defaults and no graph search: vector 0.35 → 0.35 × 0.85/0.55 ≈ 0.541,
 * keyword 0.20 → ≈ 0.309. A retriever outside the config's three gets no weight.
 */
export function effectiveWeights(config: RankingConfig, ran: readonly string[]): Record<string, number> {
  const present = RETRIEVERS.filter((r) => ran.includes(r));
  const weights: Record<string, number> = {};
  for (const retriever of ran) weights[retriever] = 0;
  if (present.length === RETRIEVERS.length) {
    for (const r of present) weights[r] = config.weights[r];
    return weights;
  }
  const total = 1 - config.weights.popularity;
  const presentTotal = present.reduce((sum, r) => sum + config.weights[r], 0);
  if (presentTotal === 0) return weights;
  for (const r of present) weights[r] = (config.weights[r] / presentTotal) * total;
  return weights;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
