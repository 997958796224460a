import { RecommenderError } from '../errors.js';
import type { AlsModel, ImplicitAlsOptions } from './AlsModel.js';
import { gramMatrix } from './lib/gramMatrix.js';
import { resolveAlsOptions } from './lib/resolveAlsOptions.js';
import { createRowScratch, solveImplicitRow } from './lib/solveImplicitRow.js';

// YᵀY costs items · f²/2 (≈ 23M multiply-adds for 11k items × 64 factors) and is the same for every user of a model,
// so it is computed once per item-factor array; a retrained model brings new arrays and so a fresh entry.
const gramCache = new WeakMap<Float32Array, Float64Array>();

/**
 * A user's factors from their feedback row against the model's fixed item factors: the one least-squares solve ALS
 * makes per user per sweep, so a new user, or one with fresh interactions, gets a vector without retraining (§5
 * "incremental updates"). The result lives in the same space as `model.userFactors` — for a user the model was
 * trained on, with the same row, it is what the next sweep would give them.
 *
 * Repeated item indices are summed, as `buildFeedbackMatrix` does. λ and α come from `options`, else the values the
 * model was trained with, else the §5 defaults; `factors` is always the model's.
 *
 * @throws RecommenderError `INVALID_FEEDBACK` when a value is not a finite number.
 * @throws RangeError when an item index is not an integer in `[0, itemIds.length)`.
 */
export function foldInUser(model: AlsModel, row: ReadonlyArray<{ itemIndex: number; value: number }>, options?: ImplicitAlsOptions): Float32Array {
  const f = model.factors;
  const { regularization, alpha } = resolveAlsOptions({ ...options, factors: f }, model);
  const itemCount = model.itemIds.length;
  if (model.itemFactors.length !== itemCount * f) {
    throw new RecommenderError('DIMENSION_MISMATCH', `model.itemFactors has ${model.itemFactors.length} values, expected ${itemCount} items × ${f} factors`);
  }
  const sorted = [...row].sort((left, right) => left.itemIndex - right.itemIndex);
  const cols = new Int32Array(sorted.length);
  const sums = new Float64Array(sorted.length);
  let nnz = 0;
  for (const { itemIndex, value } of sorted) {
    if (!Number.isInteger(itemIndex) || itemIndex < 0 || itemIndex >= itemCount) throw new RangeError(`itemIndex ${itemIndex} is outside the model's ${itemCount} items`);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new RecommenderError('INVALID_FEEDBACK', `feedback on item ${itemIndex} is not a finite number: ${String(value)}`);
    if (nnz > 0 && cols[nnz - 1] === itemIndex) sums[nnz - 1]! += value;
    else {
      cols[nnz] = itemIndex;
      sums[nnz++] = value;
    }
  }
  let gram = gramCache.get(model.itemFactors);
  if (gram === undefined || gram.length !== f * f) {
    gram = gramMatrix(model.itemFactors, itemCount, f, new Float64Array(f * f));
    gramCache.set(model.itemFactors, gram);
  }
  const out = new Float32Array(f);
  solveImplicitRow(model.itemFactors, f, gram, cols, Float32Array.from(sums.subarray(0, nnz)), 0, nnz, regularization, alpha, createRowScratch(f), out, 0);
  return out;
}
