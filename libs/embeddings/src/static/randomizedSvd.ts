import { csrMultiply, csrTranspose, type CsrMatrix } from './CsrMatrix.js';
import { orthonormalizeColumns } from './orthonormalizeColumns.js';
import { seededRandom } from './seededRandom.js';
import { symmetricEigen } from './symmetricEigen.js';

export interface RandomizedSvdOptions {
  /** Extra sample directions beyond `rank`; more gives more accurate trailing singular vectors. @default 10 */
  oversample?: number;
  /** Subspace (power) iterations; each sharpens the separation of the leading singular values. @default 1 */
  powerIterations?: number;
  /** @default 1 */
  seed?: number;
  /** Called after each step, for progress output. */
  onStep?: (step: string) => void;
}

/**
 * The leading `rank` singular values and right singular vectors of a sparse matrix, by randomized range finding
 * with subspace iteration (Halko, Martinsson & Tropp 2011, Algorithms 4.4 and 5.1) applied to `Aᵀ`.
 *
 * Why the right side: the PPMI matrix is tall (every vocabulary word is a row, only the most frequent words are
 * context columns), and every dense step here costs columns × width², so working in the column space is several
 * times cheaper. The caller gets the left side, if it needs it, from one more sparse product: `A·V = U·Σ`.
 *
 * Steps: `Q = orth(Aᵀ·Ω)`, then `q` times `Q = orth(Aᵀ·A·Q)`; with `T = Aᵀ·A·Q`, the small matrix `Qᵀ·T`
 * (= `(AQ)ᵀ(AQ)`) has eigenvalues σ² and eigenvectors `W`, and `V = Q·W`.
 * Returns `v` row-major [columns, rank] and `singularValues` in descending order.
 */
export function randomizedSvd(a: CsrMatrix, rank: number, options: RandomizedSvdOptions = {}): { v: Float64Array; singularValues: Float64Array } {
  const width = Math.min(rank + (options.oversample ?? 10), a.rows, a.columns);
  const random = seededRandom(options.seed ?? 1);
  const at = csrTranspose(a);
  const omega = new Float32Array(a.rows * width);
  for (let i = 0; i < omega.length; i++) omega[i] = random.normal();
  // Sparse products run on float32 operands (see csrMultiply); the small dense algebra stays float64.
  let q = orthonormalizeColumns(Float64Array.from(csrMultiply(at, omega, width)), a.columns, width);
  options.onStep?.('range sampled');
  let t = Float64Array.from(csrMultiply(at, csrMultiply(a, Float32Array.from(q), width), width));
  for (let i = 0; i < (options.powerIterations ?? 1); i++) {
    q = orthonormalizeColumns(t, a.columns, width);
    t = Float64Array.from(csrMultiply(at, csrMultiply(a, Float32Array.from(q), width), width));
    options.onStep?.(`power iteration ${i + 1}`);
  }
  const gram = transposeProduct(q, t, a.columns, width);
  const { values, vectors } = symmetricEigen(gram, width);
  const kept = Math.min(rank, width);
  const v = new Float64Array(a.columns * kept);
  for (let r = 0; r < a.columns; r++) {
    for (let i = 0; i < width; i++) {
      const qi = q[r * width + i]!;
      if (qi === 0) continue;
      for (let k = 0; k < kept; k++) v[r * kept + k]! += qi * vectors[i * width + k]!;
    }
  }
  const singularValues = Float64Array.from(values.subarray(0, kept), (value) => Math.sqrt(Math.max(0, value)));
  options.onStep?.('decomposed');
  return { v, singularValues };
}

/**
 * `Xᵀ·Y` for row-major [rows, width] matrices when the product is known to be symmetric (here `Qᵀ·Aᵀ·A·Q`): only
 * the upper triangle is accumulated, then mirrored, which halves the cost.
 */
function transposeProduct(x: Float64Array, y: Float64Array, rows: number, width: number): Float64Array {
  const out = new Float64Array(width * width);
  for (let r = 0; r < rows; r++) {
    const base = r * width;
    for (let i = 0; i < width; i++) {
      const xi = x[base + i]!;
      if (xi === 0) continue;
      const outBase = i * width;
      for (let j = i; j < width; j++) out[outBase + j]! += xi * y[base + j]!;
    }
  }
  for (let i = 0; i < width; i++) for (let j = 0; j < i; j++) out[i * width + j] = out[j * width + i]!;
  return out;
}
