/** How much each candidate source counts in the merged score (§5 "candidate generation and merge"). */
export interface HybridWeights {
  collaborative: number;
  content: number;
  graph: number;
  /** Time of day and device. */
  context: number;
}

/** A candidate source, named as in `HybridWeights`. */
export type CandidateSource = keyof HybridWeights;

/** §5 default weights; an A/B variant may override them. */
export const DEFAULT_HYBRID_WEIGHTS: Readonly<HybridWeights> = Object.freeze({ collaborative: 0.35, content: 0.25, graph: 0.3, context: 0.1 });

/** §5 candidates asked of each source before the merge. */
export const DEFAULT_CANDIDATE_LIMITS: Readonly<Record<CandidateSource, number>> = Object.freeze({ collaborative: 100, content: 100, graph: 100, context: 50 });
