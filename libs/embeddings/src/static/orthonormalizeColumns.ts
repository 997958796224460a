/**
 * Orthonormalises the columns of a dense row-major matrix `y` ([rows, width]) in place and returns it, by
 * Cholesky QR: `G = YᵀY = LLᵀ`, then `Q = Y·L⁻ᵀ`. Both passes stream over whole rows, which suits the tall, thin
 * row-major matrices of the randomized SVD far better than Gram–Schmidt's column walks. Orthogonality is lost in
 * proportion to cond(Y)², harmless at the condition numbers the SVD sees (a second call restores it fully:
 * "CholeskyQR2"). A column that is numerically dependent on the earlier ones comes out as zeros.
 */
export function orthonormalizeColumns(y: Float64Array, rows: number, width: number): Float64Array {
  const gram = new Float64Array(width * width);
  for (let r = 0; r < rows; r++) {
    const base = r * width;
    for (let i = 0; i < width; i++) {
      const yi = y[base + i]!;
      if (yi === 0) continue;
      const gBase = i * width;
      for (let j = i; j < width; j++) gram[gBase + j]! += yi * y[base + j]!;
    }
  }
  const lower = choleskyLower(gram, width);
  const q = new Float64Array(width);
  for (let r = 0; r < rows; r++) {
    const base = r * width;
    for (let j = 0; j < width; j++) {
      const pivot = lower[j * width + j]!;
      if (pivot === 0) {
        q[j] = 0;
        continue;
      }
      let sum = y[base + j]!;
      const lBase = j * width;
      for (let i = 0; i < j; i++) sum -= q[i]! * lower[lBase + i]!;
      q[j] = sum / pivot;
    }
    y.set(q, base);
  }
  return y;
}

/**
 * Cholesky factor `L` (row-major, lower) of the symmetric matrix whose upper triangle is in `upper`. A pivot below
 * 1e-10 of the largest diagonal marks a dependent column: its row and column of `L` stay zero.
 */
function choleskyLower(upper: Float64Array, n: number): Float64Array {
  const lower = new Float64Array(n * n);
  let maxDiagonal = 0;
  for (let i = 0; i < n; i++) maxDiagonal = Math.max(maxDiagonal, upper[i * n + i]!);
  const tolerance = maxDiagonal * 1e-10;
  for (let j = 0; j < n; j++) {
    let diagonal = upper[j * n + j]!;
    for (let k = 0; k < j; k++) diagonal -= lower[j * n + k]! ** 2;
    if (!(diagonal > tolerance)) continue;
    const pivot = Math.sqrt(diagonal);
    lower[j * n + j] = pivot;
    for (let i = j + 1; i < n; i++) {
      let sum = upper[j * n + i]!;
      for (let k = 0; k < j; k++) sum -= lower[i * n + k]! * lower[j * n + k]!;
      lower[i * n + j] = sum / pivot;
    }
  }
  return lower;
}
