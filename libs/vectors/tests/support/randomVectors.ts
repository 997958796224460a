/** Reproducible Gaussian vectors (mulberry32 + Box–Muller), so a failing recall run can be replayed exactly. */
export function randomVectors(count: number, dimensions: number, seed: number): number[][] {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 1) / 4294967297;
  };
  const gaussian = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  return Array.from({ length: count }, () => Array.from({ length: dimensions }, gaussian));
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    normA += a[i]! * a[i]!;
    normB += b[i]! * b[i]!;
  }
  return dot / Math.sqrt(normA * normB);
}

/** The ids of the `k` entries most similar to `query`, best first: the ground truth for recall. */
export function bruteForce(entries: readonly { id: string; vector: number[] }[], query: readonly number[], k: number): string[] {
  return entries
    .map((entry) => ({ id: entry.id, score: cosine(entry.vector, query) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k)
    .map((entry) => entry.id);
}
