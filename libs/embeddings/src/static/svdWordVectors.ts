import { csrMultiply, type CsrMatrix } from './CsrMatrix.js';
import { normalizeRows } from './normalizeRows.js';
import { randomizedSvd, type RandomizedSvdOptions } from './randomizedSvd.js';

/**
 * Word vectors from a PPMI matrix by truncated SVD: `W = U_k · Σ_k^p`, row-normalised. With `p = 0.5` (the
 * "eigenvalue weighting" of Levy, Goldberg & Dagan 2015, §3.3) the top dimensions dominate less than with the
 * textbook `p = 1`, which measurably helps similarity tasks.
 *
 * `randomizedSvd` returns the right singular vectors `V` (the small, context side); `U·Σ = A·V`, so
 * `U_k·Σ_k^p = A · (V_k · Σ_k^(p−1))` costs one more sparse product instead of a dense one over every word.
 * Returns row-major [rows, dimensions] float32.
 */
export function svdWordVectors(ppmi: CsrMatrix, dimensions: number, options: RandomizedSvdOptions & { eigenvalueWeight?: number } = {}): Float32Array {
  const { v, singularValues } = randomizedSvd(ppmi, dimensions, options);
  const kept = singularValues.length;
  const power = (options.eigenvalueWeight ?? 0.5) - 1;
  const scaled = new Float32Array(ppmi.columns * dimensions);
  for (let c = 0; c < ppmi.columns; c++) {
    for (let k = 0; k < kept; k++) {
      const sigma = singularValues[k]!;
      scaled[c * dimensions + k] = sigma > 1e-9 ? v[c * kept + k]! * sigma ** power : 0;
    }
  }
  return normalizeRows(csrMultiply(ppmi, scaled, dimensions), dimensions);
}
