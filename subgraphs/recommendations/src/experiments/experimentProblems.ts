import { validateExperiment } from '@media-gateway/recommender';
import type { ExperimentVariantDefinition } from './ExperimentDefinition.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const SOURCES = ['collaborative', 'content', 'graph', 'context'] as const;

/**
 * Every problem of a new experiment: the library's rules (≥ 2 variants, traffic weights summing to 1, allocation in
 * [0, 1], …) checked as if it were running, the name's spelling, and each variant's hybrid weights (finite, ≥ 0,
 * summing to 1 so merged scores stay in [0, 1] and the 0.3 popularity threshold keeps its meaning).
 */
export function experimentProblems(input: { name: string; allocation: number; variants: readonly ExperimentVariantDefinition[] }): string[] {
  const problems = validateExperiment({ name: input.name, status: 'RUNNING', allocation: input.allocation, variants: input.variants });
  if (!NAME.test(input.name)) problems.push('name must be 1–64 letters, digits, "-", "_" or ".", starting with a letter or digit');
  for (const variant of input.variants) {
    const weights = SOURCES.map((source) => variant[source]);
    if (weights.some((w) => !Number.isFinite(w) || w < 0)) problems.push(`variant ${JSON.stringify(variant.name)}: hybrid weights must be finite numbers ≥ 0`);
    else if (Math.abs(weights.reduce((a, b) => a + b, 0) - 1) > 1e-6) problems.push(`variant ${JSON.stringify(variant.name)}: hybrid weights must sum to 1`);
  }
  return problems;
}
