/** Seeded uniform values in [−scale, scale): reproducible random matrices for the scorer tests. */
export function randomVector(length: number, seed: number, scale = 1): Float32Array {
  let state = seed >>> 0;
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1) * scale;
  }
  return out;
}

/** The top k by brute force: every score, sorted by score then index. The reference both scorers must match. */
export function bruteForceTopK(items: Float32Array, dims: number, query: Float32Array, k: number, exclude: ReadonlySet<number> = new Set()): number[] {
  const scored: Array<{ index: number; score: number }> = [];
  for (let i = 0; i < items.length / dims; i++) {
    if (exclude.has(i)) continue;
    let score = 0;
    for (let j = 0; j < dims; j++) score += query[j]! * items[i * dims + j]!;
    scored.push({ index: i, score });
  }
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.slice(0, k).map((s) => s.index);
}
