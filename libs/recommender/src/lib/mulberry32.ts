/**
 * A seeded PRNG returning floats in `[0, 1)`: ALS factors and adapters must start the same for the same seed so that
 * training, the offline evaluation, the benchmark and the tests are reproducible. Mulberry32 is tiny and fast, and its quality is
 * plenty for breaking the symmetry of the initial factors.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
