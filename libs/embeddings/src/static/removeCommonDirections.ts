import { orthonormalizeColumns } from './orthonormalizeColumns.js';
import { seededRandom } from './seededRandom.js';

/**
 * "All-but-the-top" post-processing (Mu & Viswanath 2018): subtract the mean vector, then project out the top
 * `directions` principal directions. Word vectors from co-occurrence statistics share a large common component
 * (mostly word frequency); averaged into sentence vectors it makes unrelated sentences look alike. Removing it
 * widens the gap between related and unrelated pairs, which is what search ranking needs.
 *
 * The covariance is estimated from the first `sampleRows` rows (the most frequent words) and its top directions are
 * found by subspace iteration on the small [dimensions, dimensions] matrix. Works in place on row-major
 * [rows, dimensions] vectors; rows are not re-normalised.
 */
export function removeCommonDirections(vectors: Float32Array, dimensions: number, directions: number, sampleRows = 10_000): Float32Array {
  const rows = vectors.length / dimensions;
  const mean = new Float64Array(dimensions);
  for (let r = 0; r < rows; r++) for (let k = 0; k < dimensions; k++) mean[k]! += vectors[r * dimensions + k]! / rows;
  for (let r = 0; r < rows; r++) for (let k = 0; k < dimensions; k++) vectors[r * dimensions + k]! -= mean[k]!;
  if (directions <= 0) return vectors;
  const sample = Math.min(rows, sampleRows);
  const covariance = new Float64Array(dimensions * dimensions);
  for (let r = 0; r < sample; r++) {
    const base = r * dimensions;
    for (let i = 0; i < dimensions; i++) {
      const x = vectors[base + i]!;
      for (let j = 0; j < dimensions; j++) covariance[i * dimensions + j]! += x * vectors[base + j]!;
    }
  }
  const top = topEigenvectors(covariance, dimensions, Math.min(directions, dimensions));
  for (let r = 0; r < rows; r++) {
    const base = r * dimensions;
    for (let c = 0; c < top.width; c++) {
      let projection = 0;
      for (let k = 0; k < dimensions; k++) projection += vectors[base + k]! * top.vectors[k * top.width + c]!;
      for (let k = 0; k < dimensions; k++) vectors[base + k]! -= projection * top.vectors[k * top.width + c]!;
    }
  }
  return vectors;
}

/** Leading eigenvectors of a symmetric positive semi-definite matrix by subspace iteration; columns of [n, width]. */
function topEigenvectors(matrix: Float64Array, n: number, width: number): { vectors: Float64Array; width: number } {
  const random = seededRandom(7);
  let x: Float64Array = new Float64Array(n * width);
  for (let i = 0; i < x.length; i++) x[i] = random.normal();
  x = orthonormalizeColumns(x, n, width);
  for (let iteration = 0; iteration < 200; iteration++) {
    const y = new Float64Array(n * width);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const m = matrix[i * n + j]!;
        for (let c = 0; c < width; c++) y[i * width + c]! += m * x[j * width + c]!;
      }
    }
    x = orthonormalizeColumns(y, n, width);
  }
  return { vectors: x, width };
}
