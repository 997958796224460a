import { RecommenderError } from '../../errors.js';
import type { FeedbackMatrix } from '../FeedbackMatrix.js';

/**
 * Rejects a matrix whose CSR arrays do not line up, before the models index into them: typed arrays ignore writes
 * out of bounds and read `undefined` as NaN, so a bad column index would otherwise surface as garbage factors. One
 * pass over the nonzeros, cheap next to any model built from them. Matrices from `buildFeedbackMatrix` always pass.
 */
export function checkFeedbackMatrix(matrix: FeedbackMatrix): void {
  const { rowPtr, colIdx, values } = matrix;
  const users = matrix.userIds.length;
  const items = matrix.itemIds.length;
  const nnz = rowPtr[users];
  if (rowPtr.length !== users + 1 || rowPtr[0] !== 0 || nnz !== colIdx.length || nnz !== values.length) {
    throw new RecommenderError('DIMENSION_MISMATCH', `feedback matrix arrays do not line up: ${users} users, rowPtr of ${rowPtr.length}, ${colIdx.length} columns, ${values.length} values`);
  }
  for (let u = 0; u < users; u++) {
    if (rowPtr[u + 1]! < rowPtr[u]!) throw new RecommenderError('DIMENSION_MISMATCH', `feedback matrix rowPtr decreases at user ${u}`);
  }
  for (let k = 0; k < nnz; k++) {
    const item = colIdx[k]!;
    if (item < 0 || item >= items) throw new RecommenderError('DIMENSION_MISMATCH', `feedback matrix entry ${k} names item ${item} of ${items}`);
    if (!Number.isFinite(values[k]!)) throw new RecommenderError('INVALID_FEEDBACK', `feedback matrix entry ${k} is not a finite number: ${values[k]}`);
  }
}
