import { createHash } from 'node:crypto';
import { RecommenderError } from '../errors.js';
import type { Experiment } from './Experiment.js';
import { validateExperiment } from './validateExperiment.js';

/**
 * The variant a profile sees, or null when the experiment is not RUNNING or the profile is outside its allocation.
 * Deterministic, with no stored state: `sha256("<experiment name>:<profileId>")` gives two independent uniform
 * numbers in [0, 1) from its first and second 48 bits.
 *
 * - `u1 < allocation` decides participation. Raising the allocation later only adds profiles; nobody already in
 *   the experiment drops out or changes variant.
 * - `u2` picks the variant by cumulative weight (weights 0.7/0.3: u2 < 0.7 → first, else second). It does not depend
 *   on the allocation, so a ramp-up never reshuffles variants.
 * - The experiment name is part of the hashed text, so two experiments split the same profiles independently.
 *
 * Uses `node:crypto`: assignment happens server-side, in the recommendations subgraph. A RUNNING experiment with an
 * invalid definition throws `RecommenderError` `INVALID_EXPERIMENT` listing the problems (drafts may be incomplete and
 * just return null).
 */
export function assignVariant(experiment: Experiment, profileId: string): string | null {
  if (typeof profileId !== 'string' || profileId.length === 0) throw new TypeError('profileId must be a non-empty string');
  if (experiment.status !== 'RUNNING') return null;
  const problems = validateExperiment(experiment);
  if (problems.length > 0) throw new RecommenderError('INVALID_EXPERIMENT', `experiment ${JSON.stringify(experiment.name)} is invalid: ${problems.join('; ')}`);

  const digest = createHash('sha256').update(`${experiment.name}:${profileId}`).digest();
  const participation = digest.readUIntBE(0, 6) / 2 ** 48;
  if (participation >= experiment.allocation) return null;
  const pick = digest.readUIntBE(6, 6) / 2 ** 48;
  let cumulative = 0;
  for (const variant of experiment.variants) {
    cumulative += variant.weight;
    if (pick < cumulative) return variant.name;
  }
  // Weights may sum to 1 − 1e-9; a pick in that sliver belongs to the last variant.
  return experiment.variants[experiment.variants.length - 1]!.name;
}
