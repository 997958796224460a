/**
 * User and item factors from implicit-feedback ALS. Row `u` of `userFactors` (offset `u·factors`) belongs to
 * `userIds[u]`, row `i` of `itemFactors` to `itemIds[i]`; a user's score for an item is the dot product of the two.
 * Treat the arrays as immutable once trained: `foldInUser` caches `YᵀY` per `itemFactors` array.
 */
export interface AlsModel {
  factors: number;
  userIds: string[];
  itemIds: string[];
  userFactors: Float32Array;
  itemFactors: Float32Array;
  /** The λ the model was trained with; `foldInUser` uses it unless told otherwise. */
  regularization?: number;
  /** The α the model was trained with; `foldInUser` uses it unless told otherwise. */
  alpha?: number;
}

/** Implicit ALS hyper-parameters; the defaults are PRODUCT_SPEC §5's code defaults. */
export interface ImplicitAlsOptions {
  /**
   * Latent dimensions per user and item.
   * @default 64
   */
  factors?: number;
  /**
   * λ, the L2 penalty on every user and item vector. Must be > 0: it keeps each least-squares system positive
   * definite, even for a user whose only feedback is negative.
   * @default 0.1
   */
  regularization?: number;
  /**
   * Alternating sweeps (users, then items).
   * @default 10
   */
  iterations?: number;
  /**
   * α in the confidence `1 + α·|r|`.
   * @default 40
   */
  alpha?: number;
  /**
   * Seed of the PRNG that draws the initial item factors; the same seed and matrix give the same model.
   * @default 42
   */
  seed?: number;
  /**
   * Called after each sweep with the number completed and the model being trained (its arrays keep changing
   * afterwards; copy what you keep). For progress logs, or to watch the objective with `implicitAlsLoss`.
   */
  onIteration?: (completed: number, model: AlsModel) => void;
}

export const DEFAULT_ALS_OPTIONS = Object.freeze({ factors: 64, regularization: 0.1, iterations: 10, alpha: 40, seed: 42 });
