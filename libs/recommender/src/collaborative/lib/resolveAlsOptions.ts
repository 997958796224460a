import { DEFAULT_ALS_OPTIONS, type ImplicitAlsOptions } from '../AlsModel.js';

export type ResolvedAlsOptions = Required<Omit<ImplicitAlsOptions, 'onIteration'>> & Pick<ImplicitAlsOptions, 'onIteration'>;

/** Fills the §5 defaults, then rejects a wrong option with a `TypeError` naming it (STYLE.md: caller misuse). */
export function resolveAlsOptions(options: ImplicitAlsOptions = {}, fallback: { regularization?: number; alpha?: number } = {}): ResolvedAlsOptions {
  const resolved: ResolvedAlsOptions = {
    factors: options.factors ?? DEFAULT_ALS_OPTIONS.factors,
    regularization: options.regularization ?? fallback.regularization ?? DEFAULT_ALS_OPTIONS.regularization,
    iterations: options.iterations ?? DEFAULT_ALS_OPTIONS.iterations,
    alpha: options.alpha ?? fallback.alpha ?? DEFAULT_ALS_OPTIONS.alpha,
    seed: options.seed ?? DEFAULT_ALS_OPTIONS.seed,
    onIteration: options.onIteration,
  };
  if (!Number.isInteger(resolved.factors) || resolved.factors < 1) throw new TypeError(`options.factors must be a positive integer, got ${resolved.factors}`);
  if (!Number.isFinite(resolved.regularization) || resolved.regularization <= 0) throw new TypeError(`options.regularization must be a finite number > 0, got ${resolved.regularization}`);
  if (!Number.isInteger(resolved.iterations) || resolved.iterations < 0) throw new TypeError(`options.iterations must be a non-negative integer, got ${resolved.iterations}`);
  if (!Number.isFinite(resolved.alpha) || resolved.alpha < 0) throw new TypeError(`options.alpha must be a finite number ≥ 0, got ${resolved.alpha}`);
  if (!Number.isInteger(resolved.seed)) throw new TypeError(`options.seed must be an integer, got ${resolved.seed}`);
  return resolved;
}
