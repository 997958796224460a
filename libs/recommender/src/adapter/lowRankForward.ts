/**
 * The adapter's forward pass in float64 on raw row-major matrices: `hidden = A · user` (length r) and
 * `delta = scale · B · hidden` (length d). Shared by `adapterDelta`, `adapterLogLoss` and `trainAdapter`, which
 * also needs `hidden` for the gradient of B. Shapes are checked by the callers.
 */
export function lowRankForward(a: ArrayLike<number>, b: ArrayLike<number>, rank: number, dims: number, scale: number, user: ArrayLike<number>): { hidden: Float64Array; delta: Float64Array } {
  const hidden = new Float64Array(rank);
  for (let i = 0; i < rank; i++) {
    let sum = 0;
    for (let j = 0; j < dims; j++) sum += a[i * dims + j]! * user[j]!;
    hidden[i] = sum;
  }
  const delta = new Float64Array(dims);
  for (let j = 0; j < dims; j++) {
    let sum = 0;
    for (let i = 0; i < rank; i++) sum += b[j * rank + i]! * hidden[i]!;
    delta[j] = scale * sum;
  }
  return { hidden, delta };
}
