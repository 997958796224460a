/** The retrievers of hybrid search (PRODUCT_SPEC §4 step 1). */
export const RETRIEVERS = ['vector', 'keyword', 'graph'] as const;
export type Retriever = (typeof RETRIEVERS)[number];

/** How much each signal weighs in a result's score. Retrievers and popularity together sum to 1. */
export interface RankingWeights {
  vector: number;
  keyword: number;
  graph: number;
  popularity: number;
}

/**
 * A versioned ranking configuration. Every result's score breakdown names the version that produced it, so a change
 * of weights is visible in analytics and A/B results.
 */
export interface RankingConfig {
  /**
   * Changes whenever anything below changes.
   * @default 'v1'
   */
  version: string;
  /**
   * Named A/B variant this config belongs to (§4: "supports named A/B variants").
   * @default 'default'
   */
  variant: string;
  /**
   * The RRF constant: each list contributes `1 / (k + rank + 1)` for a 0-based rank (§4 step 2).
   * @default 60
   */
  k: number;
  /**
   * §4 step 3 as Canonical: 0.35 vector, 0.20 keyword, 0.30 graph, plus 0.15 popularity. Must sum to 1.
   */
  weights: RankingWeights;
  /**
   * §4 step 4: with a known user, the score is multiplied by `1 + affinity × affinityBoost`.
   * @default 0.2
   */
  affinityBoost: number;
  /**
   * §3's optional search boost `× (1 + quality × qualityBoost)`, 0.1–0.3 when on.
   * @default 0 (off)
   */
  qualityBoost: number;
}

/** What an operator may set; everything missing takes the default. */
export interface RankingConfigInput {
  version?: string;
  variant?: string;
  k?: number;
  weights?: Partial<RankingWeights>;
  affinityBoost?: number;
  qualityBoost?: number;
}

export const DEFAULT_RANKING_CONFIG: RankingConfig = Object.freeze({
  version: 'v1',
  variant: 'default',
  k: 60,
  weights: Object.freeze({ vector: 0.35, keyword: 0.2, graph: 0.3, popularity: 0.15 }),
  affinityBoost: 0.2,
  qualityBoost: 0,
});

const SUM_TOLERANCE = 1e-6;

/**
 * Fills the defaults, then validates, so a bad config stops the service at boot instead of mis-ranking quietly.
 * Replacing any weight means replacing the set: the weights must still sum to 1 (§4 RankingConfig).
 * Throws a TypeError naming the option and the bad value.
 */
export function resolveRankingConfig(input: RankingConfigInput = {}): RankingConfig {
  const config: RankingConfig = {
    version: input.version ?? DEFAULT_RANKING_CONFIG.version,
    variant: input.variant ?? DEFAULT_RANKING_CONFIG.variant,
    k: input.k ?? DEFAULT_RANKING_CONFIG.k,
    weights: { ...DEFAULT_RANKING_CONFIG.weights, ...input.weights },
    affinityBoost: input.affinityBoost ?? DEFAULT_RANKING_CONFIG.affinityBoost,
    qualityBoost: input.qualityBoost ?? DEFAULT_RANKING_CONFIG.qualityBoost,
  };
  if (typeof config.version !== 'string' || config.version.trim() === '') {
    throw new TypeError(`ranking.version must be a non-empty string, got ${JSON.stringify(config.version)}`);
  }
  if (typeof config.variant !== 'string' || config.variant.trim() === '') {
    throw new TypeError(`ranking.variant must be a non-empty string, got ${JSON.stringify(config.variant)}`);
  }
  if (!Number.isInteger(config.k) || config.k < 0) throw new TypeError(`ranking.k must be a non-negative integer, got ${config.k}`);
  for (const [name, value] of Object.entries(config.weights)) {
    if (!Number.isFinite(value) || value < 0 || value > 1) throw new TypeError(`ranking.weights.${name} must be in [0, 1], got ${value}`);
  }
  const sum = Object.values(config.weights).reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > SUM_TOLERANCE) throw new TypeError(`ranking.weights must sum to 1, got ${Number(sum.toFixed(6))}`);
  for (const name of ['affinityBoost', 'qualityBoost'] as const) {
    const value = config[name];
    if (!Number.isFinite(value) || value < 0 || value > 1) throw new TypeError(`ranking.${name} must be in [0, 1], got ${value}`);
  }
  return config;
}
