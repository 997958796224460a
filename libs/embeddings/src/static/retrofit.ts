import type { CsrMatrix } from './CsrMatrix.js';

/**
 * Retrofitting (Faruqui et al. 2015, "Retrofitting Word Vectors to Semantic Lexicons", eq. 1): each word vector is
 * repeatedly replaced by `(α·q̂ᵢ + Σⱼ βᵢⱼ·qⱼ) / (α + Σⱼ βᵢⱼ)`, where q̂ᵢ is the original distributional vector and
 * βᵢⱼ are the edge weights of the lexicon graph normalised to sum to 1 per word (the paper's β = 1/degree). Words
 * without edges keep their vector. `alpha` may be given per word: a rare word, whose corpus vector is mostly
 * noise, can then lean on its lexicon neighbours more than a frequent one does. `vectors` is row-major [rows, dimensions]; a new array is returned.
 */
export function retrofit(vectors: Float32Array, dimensions: number, graph: CsrMatrix, options: { iterations?: number; alpha?: number | ArrayLike<number> } = {}): Float32Array {
  const alphaOf = (row: number): number => (typeof options.alpha === 'number' ? options.alpha : (options.alpha?.[row] ?? 1));
  const result = Float32Array.from(vectors);
  const next = new Float64Array(dimensions);
  for (let iteration = 0; iteration < (options.iterations ?? 10); iteration++) {
    for (let r = 0; r < graph.rows; r++) {
      const start = graph.rowStart[r]!;
      const end = graph.rowStart[r + 1]!;
      if (start === end) continue;
      const alpha = alphaOf(r);
      let degree = 0;
      for (let e = start; e < end; e++) degree += graph.values[e]!;
      for (let k = 0; k < dimensions; k++) next[k] = alpha * vectors[r * dimensions + k]!;
      for (let e = start; e < end; e++) {
        const beta = graph.values[e]! / degree;
        const base = graph.columnIndex[e]! * dimensions;
        for (let k = 0; k < dimensions; k++) next[k]! += beta * result[base + k]!;
      }
      // Σβ = 1 after normalisation, so the denominator is α + 1.
      for (let k = 0; k < dimensions; k++) result[r * dimensions + k] = next[k]! / (alpha + 1);
    }
  }
  return result;
}
