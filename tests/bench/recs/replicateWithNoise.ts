import { seededRandom } from './seededRandom.js';

/**
 * Issue 7's "100k items by replicating the catalogue vectors with noise": every base vector (row-major, `dims`
 * floats each) `times` times, each copy perturbed by Gaussian noise and renormalised, so the large catalogue keeps
 * the small one's structure.
 */
export function replicateWithNoise(base: Float32Array, dims: number, times: number, options: { noise?: number; seed?: number } = {}): Float32Array {
  const { noise = 0.2, seed = 11 } = options;
  const random = seededRandom(seed);
  const count = base.length / dims;
  const out = new Float32Array(base.length * times);
  const sigma = noise / Math.sqrt(dims);
  for (let copy = 0; copy < times; copy++) {
    for (let i = 0; i < count; i++) {
      const from = i * dims;
      const row = out.subarray((copy * count + i) * dims, (copy * count + i + 1) * dims);
      normalise(fill(row, (j) => base[from + j]! + sigma * random.normal()));
    }
  }
  return out;
}

function fill(row: Float32Array, value: (j: number) => number): Float32Array {
  for (let j = 0; j < row.length; j++) row[j] = value(j);
  return row;
}

function normalise(row: Float32Array): void {
  let sum = 0;
  for (let j = 0; j < row.length; j++) sum += row[j]! * row[j]!;
  const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  for (let j = 0; j < row.length; j++) row[j]! *= scale;
}
