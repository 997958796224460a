import { RecommenderError } from '../errors.js';
import type { AlsModel, ImplicitAlsOptions } from './AlsModel.js';
import type { FeedbackMatrix } from './FeedbackMatrix.js';
import { checkFeedbackMatrix } from './lib/checkFeedbackMatrix.js';
import { gramMatrix } from './lib/gramMatrix.js';
import { resolveAlsOptions } from './lib/resolveAlsOptions.js';

/**
 * The implicit-ALS objective `Σᵤᵢ cᵤᵢ(pᵤᵢ − xᵤᵀyᵢ)² + λ(Σ‖xᵤ‖² + Σ‖yᵢ‖²)` over every user–item pair, in Float64:
 * training should only ever lower it, so a training job can log it per sweep and the tests check it.
 *
 * The users × items double sum is never formed: the sum of `(xᵤᵀyᵢ)²` over all pairs equals the elementwise product
 * of `XᵀX` and `YᵀY` (a trace identity), and the nonzeros then correct it to `c(p − s)²` — O((users + items)·f² + nnz·f).
 * λ and α come from `options`, else from the model, else the §5 defaults.
 */
export function implicitAlsLoss(matrix: FeedbackMatrix, model: AlsModel, options?: Pick<ImplicitAlsOptions, 'regularization' | 'alpha'>): number {
  const { regularization, alpha } = resolveAlsOptions({ ...options, factors: model.factors }, model);
  checkFeedbackMatrix(matrix);
  const f = model.factors;
  const userCount = matrix.userIds.length;
  const itemCount = matrix.itemIds.length;
  if (model.userFactors.length !== userCount * f || model.itemFactors.length !== itemCount * f) {
    throw new RecommenderError('DIMENSION_MISMATCH', `model factors (${model.userFactors.length} user, ${model.itemFactors.length} item values) do not fit ${userCount} users × ${itemCount} items × ${f} factors`);
  }
  const userGram = gramMatrix(model.userFactors, userCount, f, new Float64Array(f * f), true);
  const itemGram = gramMatrix(model.itemFactors, itemCount, f, new Float64Array(f * f), true);
  let loss = 0;
  for (let k = 0; k < f * f; k++) loss += userGram[k]! * itemGram[k]!;
  for (let u = 0; u < userCount; u++) {
    for (let k = matrix.rowPtr[u]!; k < matrix.rowPtr[u + 1]!; k++) {
      const r = matrix.values[k]!;
      const userOffset = u * f;
      const itemOffset = matrix.colIdx[k]! * f;
      let score = 0;
      for (let d = 0; d < f; d++) score += model.userFactors[userOffset + d]! * model.itemFactors[itemOffset + d]!;
      const confidence = 1 + alpha * Math.abs(r);
      const preference = r > 0 ? 1 : 0;
      loss += confidence * (preference - score) ** 2 - score * score;
    }
  }
  let norms = 0;
  for (let k = 0; k < userCount * f; k++) norms += model.userFactors[k]! ** 2;
  for (let k = 0; k < itemCount * f; k++) norms += model.itemFactors[k]! ** 2;
  return loss + regularization * norms;
}
