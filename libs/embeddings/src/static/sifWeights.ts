/**
 * Smooth inverse frequency weights `a / (a + p(w))` (Arora, Liang & Ma 2017, "A Simple but Tough-to-Beat Baseline
 * for Sentence Embeddings"): "the", "of" and "in" count for almost nothing in a sentence's weighted mean, while
 * rare content words count fully. The paper recommends a in 1e-4…1e-3; the static model uses 1e-4, which ranked
 * related film descriptions best in our comparison (see the package README).
 */
export function sifWeights(counts: Float64Array, a = 1e-4): Float32Array {
  let total = 0;
  for (const count of counts) total += count;
  return Float32Array.from(counts, (count) => a / (a + count / total));
}
