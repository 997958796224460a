import { RecommenderError } from '../errors.js';

/** A scored candidate: `index` is its item index, `relevance` its score, `vector` what similarity is measured on. */
export interface DiversityCandidate {
  index: number;
  relevance: number;
  vector: Float32Array;
}

/**
 * Maximal marginal relevance (§5: λ 0.7): picks up to `k` candidates greedily, each time the one with the highest
 * `λ·relevance − (1−λ)·max cosine(vector, already selected)`; the first pick is simply the most relevant. Ties go to
 * the lower `index`, then the earlier position, so the result is deterministic. Returned in selection order.
 *
 * Relevance and cosine are traded against each other directly, so relevance should be on a comparable scale
 * (e.g. normalised to [0, 1], as the hybrid's merged scores are). λ = 1 is a plain top-k by relevance; λ = 0 ignores
 * relevance after the first pick.
 *
 * Cost: O(k · n · d) — each pick updates every remaining candidate's max similarity against the newest selection
 * only, instead of recomputing it against all selected.
 */
export function mmr(candidates: readonly DiversityCandidate[], k: number, lambda = 0.7): DiversityCandidate[] {
  if (!Number.isInteger(k) || k < 0) throw new TypeError(`k must be a non-negative integer; got ${k}`);
  if (!Number.isFinite(lambda) || lambda < 0 || lambda > 1) throw new TypeError(`lambda must be in [0, 1]; got ${lambda}`);
  const n = candidates.length;
  const take = Math.min(k, n);
  if (take === 0) return [];
  const dims = candidates[0]!.vector.length;
  candidates.forEach((candidate, position) => {
    if (candidate.vector.length !== dims) throw new RecommenderError('DIMENSION_MISMATCH', `candidate at position ${position} has a ${candidate.vector.length}-dim vector; the first has ${dims}`);
  });

  const norms = candidates.map(({ vector }) => Math.sqrt(dot(vector, vector)));
  // Max cosine to the selected set; it is only read once something is selected.
  const maxSimilarity = new Float64Array(n).fill(-Infinity);
  const selected = new Uint8Array(n);
  const picks: DiversityCandidate[] = [];
  while (picks.length < take) {
    let best = -1;
    let bestScore = -Infinity;
    for (let position = 0; position < n; position++) {
      if (selected[position] === 1) continue;
      const candidate = candidates[position]!;
      const penalty = picks.length === 0 ? 0 : maxSimilarity[position]!;
      const score = lambda * candidate.relevance - (1 - lambda) * penalty;
      if (score > bestScore || (score === bestScore && best >= 0 && candidate.index < candidates[best]!.index)) {
        best = position;
        bestScore = score;
      }
    }
    // Only non-finite relevances (NaN, −∞) leave nothing to compare; those go in input order.
    if (best < 0) best = selected.indexOf(0);
    selected[best] = 1;
    const chosen = candidates[best]!;
    picks.push(chosen);
    for (let position = 0; position < n; position++) {
      if (selected[position] === 1) continue;
      const denominator = norms[position]! * norms[best]!;
      const similarity = denominator === 0 ? 0 : dot(candidates[position]!.vector, chosen.vector) / denominator;
      if (similarity > maxSimilarity[position]!) maxSimilarity[position] = similarity;
    }
  }
  return picks;
}

function dot(x: Float32Array, y: Float32Array): number {
  let sum = 0;
  for (let j = 0; j < x.length; j++) sum += x[j]! * y[j]!;
  return sum;
}
