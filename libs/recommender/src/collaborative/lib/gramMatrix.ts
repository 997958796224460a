/**
 * `FᵀF` for a row-major `rows × f` factor matrix, accumulated in Float64 into `out` (`f × f`, row-major). Only the
 * lower triangle is written unless `full` is set: the Cholesky solve reads nothing else, and skipping the upper half
 * halves the work on the 11k-item side.
 */
export function gramMatrix(factors: Float32Array, rows: number, f: number, out: Float64Array, full = false): Float64Array {
  out.fill(0);
  const row = new Float64Array(f);
  for (let r = 0; r < rows; r++) {
    const offset = r * f;
    for (let a = 0; a < f; a++) row[a] = factors[offset + a]!;
    for (let a = 0; a < f; a++) {
      const value = row[a]!;
      if (value === 0) continue;
      const outRow = a * f;
      for (let b = 0; b <= a; b++) out[outRow + b]! += value * row[b]!;
    }
  }
  if (full) {
    for (let a = 0; a < f; a++) for (let b = a + 1; b < f; b++) out[a * f + b] = out[b * f + a]!;
  }
  return out;
}
