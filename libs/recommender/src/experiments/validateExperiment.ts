import { EXPERIMENT_STATUSES } from './Experiment.js';
import type { Experiment } from './Experiment.js';

/** Longest experiment name; names key assignments and appear in admin results. */
export const MAX_EXPERIMENT_NAME_LENGTH = 100;

/** Tolerance for the weights' sum: decimal weights such as 0.1 + 0.2 + 0.7 do not add to exactly 1 in floating point. */
const WEIGHT_SUM_TOLERANCE = 1e-9;

/**
 * Every problem with an experiment's definition, `[]` when it can run: a non-empty name of at most 100 characters, a
 * known status, an allocation in [0, 1], at least two variants with unique non-empty names and weights > 0 that sum
 * to 1 (± 1e-9). Experiments are admin input, so all problems are returned at once rather than the first thrown.
 */
export function validateExperiment(experiment: Experiment): string[] {
  const problems: string[] = [];
  const { name, status, allocation, variants } = experiment;
  if (typeof name !== 'string' || name.trim().length === 0) problems.push('name must not be empty');
  else if (name.length > MAX_EXPERIMENT_NAME_LENGTH) problems.push(`name must be at most ${MAX_EXPERIMENT_NAME_LENGTH} characters; it has ${name.length}`);
  if (!EXPERIMENT_STATUSES.includes(status)) problems.push(`status must be one of ${EXPERIMENT_STATUSES.join(', ')}; got ${JSON.stringify(status)}`);
  if (typeof allocation !== 'number' || !Number.isFinite(allocation) || allocation < 0 || allocation > 1) problems.push(`allocation must be in [0, 1]; got ${String(allocation)}`);
  if (variants.length < 2) problems.push(`an experiment needs at least 2 variants; it has ${variants.length}`);
  const seen = new Set<string>();
  let sum = 0;
  let weightsValid = true;
  variants.forEach((variant, position) => {
    if (typeof variant.name !== 'string' || variant.name.trim().length === 0) problems.push(`variant ${position} needs a name`);
    else if (seen.has(variant.name)) problems.push(`variant name ${JSON.stringify(variant.name)} is used more than once`);
    else seen.add(variant.name);
    if (typeof variant.weight === 'number' && Number.isFinite(variant.weight) && variant.weight > 0) {
      sum += variant.weight;
    } else {
      weightsValid = false;
      problems.push(`variant ${JSON.stringify(variant.name)} must have a weight > 0; got ${String(variant.weight)}`);
    }
  });
  // The sum is only meaningful once each weight is; a bad weight is reported on its own.
  if (variants.length > 0 && weightsValid && Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) problems.push(`variant weights must sum to 1; they sum to ${sum}`);
  return problems;
}
