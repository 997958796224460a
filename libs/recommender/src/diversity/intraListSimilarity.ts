import { cosineSimilarity } from '@media-gateway/embeddings';

/**
 * Mean cosine similarity over all pairs of a list (§5 target: < 0.7 for a recommendation list); 0 for fewer than two
 * vectors, where there is no pair. 1 means every item points the same way, 0 means pairwise unrelated.
 */
export function intraListSimilarity(vectors: readonly Float32Array[]): number {
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      total += cosineSimilarity(vectors[i]!, vectors[j]!);
      pairs++;
    }
  }
  return pairs === 0 ? 0 : total / pairs;
}
