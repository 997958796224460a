/** Scales every row of a row-major [rows, dimensions] matrix to unit length in place; zero rows stay zero. */
export function normalizeRows(vectors: Float32Array, dimensions: number): Float32Array {
  for (let base = 0; base < vectors.length; base += dimensions) {
    let sum = 0;
    for (let k = 0; k < dimensions; k++) sum += vectors[base + k]! ** 2;
    if (sum === 0) continue;
    const scale = 1 / Math.sqrt(sum);
    for (let k = 0; k < dimensions; k++) vectors[base + k]! *= scale;
  }
  return vectors;
}
