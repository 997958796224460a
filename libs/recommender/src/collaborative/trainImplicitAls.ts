import type { AlsModel, ImplicitAlsOptions } from './AlsModel.js';
import type { FeedbackMatrix } from './FeedbackMatrix.js';
import { checkFeedbackMatrix } from './lib/checkFeedbackMatrix.js';
import { gramMatrix } from './lib/gramMatrix.js';
import { mulberry32 } from '../lib/mulberry32.js';
import { resolveAlsOptions } from './lib/resolveAlsOptions.js';
import { createRowScratch, solveImplicitRow } from './lib/solveImplicitRow.js';
import { transposeCsr } from './lib/transposeCsr.js';

/**
 * Implicit-feedback ALS (Hu, Koren & Volinsky, "Collaborative Filtering for Implicit Feedback Datasets", 2008) with
 * the PRODUCT_SPEC §5 defaults: 64 factors, λ 0.1, 10 iterations, α 40.
 *
 * It minimises `Σᵤᵢ cᵤᵢ(pᵤᵢ − xᵤᵀyᵢ)² + λ(Σ‖xᵤ‖² + Σ‖yᵢ‖²)` over every user–item pair, where an entry `r > 0` means
 * `p = 1` and a missing one `p = 0`, both with confidence `c = 1 + α|r|` (so `c = 1` when missing); a negative `r`
 * is an explicit "not interested": `p = 0` with the raised confidence. Each sweep solves every user exactly with the
 * items fixed, then every item with the users fixed, so the objective never increases (`implicitAlsLoss`).
 *
 * Cost per sweep: one `YᵀY` (items · f²/2), then per row `nnz · f²/2` for the confidence terms plus an `f³/6`
 * Cholesky. Factors are stored as Float32 (what the scorer consumes); every accumulation runs in Float64.
 *
 * The item factors start uniform in `±0.5/√f` from a PRNG seeded with `seed`; user factors need no start because
 * users are solved first. Same matrix, same options → the same model, bit for bit.
 *
 * @throws RecommenderError `DIMENSION_MISMATCH` or `INVALID_FEEDBACK` for a malformed matrix (see `buildFeedbackMatrix`).
 */
export function trainImplicitAls(matrix: FeedbackMatrix, options?: ImplicitAlsOptions): AlsModel {
  const { factors: f, regularization, iterations, alpha, seed, onIteration } = resolveAlsOptions(options);
  const userCount = matrix.userIds.length;
  const itemCount = matrix.itemIds.length;
  checkFeedbackMatrix(matrix);

  const userFactors = new Float32Array(userCount * f);
  const itemFactors = new Float32Array(itemCount * f);
  const random = mulberry32(seed);
  const scale = 1 / Math.sqrt(f);
  for (let k = 0; k < itemFactors.length; k++) itemFactors[k] = (random() - 0.5) * scale;

  const byItem = transposeCsr(matrix.rowPtr, matrix.colIdx, matrix.values, itemCount);
  const gram = new Float64Array(f * f);
  const scratch = createRowScratch(f);
  const model: AlsModel = { factors: f, userIds: [...matrix.userIds], itemIds: [...matrix.itemIds], userFactors, itemFactors, regularization, alpha };

  const sweep = (ptr: Int32Array, idx: Int32Array, values: Float32Array, rows: number, fixed: Float32Array, fixedRows: number, target: Float32Array): void => {
    gramMatrix(fixed, fixedRows, f, gram);
    for (let r = 0; r < rows; r++) {
      solveImplicitRow(fixed, f, gram, idx, values, ptr[r]!, ptr[r + 1]!, regularization, alpha, scratch, target, r * f);
    }
  };
  for (let iteration = 1; iteration <= iterations; iteration++) {
    sweep(matrix.rowPtr, matrix.colIdx, matrix.values, userCount, itemFactors, itemCount, userFactors);
    sweep(byItem.ptr, byItem.idx, byItem.values, itemCount, userFactors, userCount, itemFactors);
    onIteration?.(iteration, model);
  }
  return model;
}
