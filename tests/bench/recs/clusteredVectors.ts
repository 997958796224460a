import { seededRandom } from './seededRandom.js';

/**
 * Stand-in catalogue vectors: `count` unit vectors in `clusters` taste clusters (a random unit centre each, plus
 * Gaussian noise), row-major. Not the real catalogue — the bench measures latency, which depends on the matrix's
 * shape, not its values; clustering only keeps the top-k and MMR inputs realistic (near-duplicates to diversify).
 */
export function clusteredVectors(count: number, dims: number, options: { clusters?: number; noise?: number; seed?: number } = {}): Float32Array {
  const { clusters = 50, noise = 0.6, seed = 7 } = options;
  const random = seededRandom(seed);
  const centres = new Float32Array(clusters * dims);
  for (let c = 0; c < clusters; c++) normalise(fill(centres.subarray(c * dims, (c + 1) * dims), () => random.normal()));
  const out = new Float32Array(count * dims);
  const sigma = noise / Math.sqrt(dims);
  for (let i = 0; i < count; i++) {
    const centre = random.int(clusters) * dims;
    const row = out.subarray(i * dims, (i + 1) * dims);
    normalise(fill(row, (j) => centres[centre + j]! + sigma * random.normal()));
  }
  return out;
}

/**
 * Issue 7's "100k items by replicating the catalogue vectors with noise": every base vector `times` times, each copy
 * perturbed by Gaussian noise and renormalised, so the large catalogue keeps the small one's cluster structure.
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
