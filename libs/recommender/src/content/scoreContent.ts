import { RecommenderError } from '../errors.js';
import type { CatalogItem } from './CatalogItem.js';
import { topScores } from './topScores.js';

/**
 * Content-based candidates (§5, 100 by default in the hybrid): the `k` items whose content vector is closest to the
 * preference vector by cosine, best first. Both sides are L2-normalised, so cosine is the dot product. Items without
 * a vector and the `exclude`d ones (already watched) are left out; a zero profile (no usable history) gives none.
 */
export function scoreContent(
  items: readonly CatalogItem[],
  profile: Float32Array,
  k: number,
  options: { exclude?: ReadonlySet<number> } = {},
): Array<{ index: number; score: number }> {
  if (!Number.isInteger(k) || k < 0) throw new TypeError(`k must be a non-negative integer, got ${k}`);
  if (!profile.some((value) => value !== 0)) return [];
  const dims = profile.length;
  return topScores(
    items.length,
    (index) => {
      const vector = items[index]!.vector;
      if (!vector || options.exclude?.has(index)) return undefined;
      if (vector.length !== dims) {
        throw new RecommenderError('DIMENSION_MISMATCH', `item ${index} has a ${vector.length}-d vector, the profile is ${dims}-d`);
      }
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += vector[d]! * profile[d]!;
      return dot;
    },
    k,
  );
}
