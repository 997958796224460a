import { RecommenderError } from '../errors.js';
import type { CatalogItem } from './CatalogItem.js';

/** §5: a watch loses 5% of its weight every 30 days, so last month's taste outweighs last year's. */
export const PROFILE_DECAY_PER_30_DAYS = 0.95;
const DAY_MS = 86_400_000;

/** One history entry: the item, its signed implicit-feedback value (see signals) and when it happened (epoch ms). */
export interface ProfileHistoryEntry {
  itemIndex: number;
  value: number;
  at: number;
}

/**
 * The §5 preference vector: the weighted mean of the content vectors of the items the user liked, weight
 * `0.95^(days/30) × value`, L2-normalised. Only positive values count (a dismissal says "not this", not "the
 * opposite of this", and subtracting its vector would push the profile somewhere nobody asked for); entries whose
 * item has no vector are skipped; an entry dated after `now` counts as today.
 *
 * Returns a zero vector (of the catalogue's embedding size, or empty when no item has a vector) when nothing
 * qualifies, which `scoreContent` answers with no candidates rather than random ones.
 *
 * Worked example: a liked item A (value 1, today) and B (value 1, 60 days ago): weights 1 and 0.9025, so the profile
 * leans towards A, `(A + 0.9025·B) / ‖A + 0.9025·B‖`.
 */
export function contentProfile(items: readonly CatalogItem[], history: readonly ProfileHistoryEntry[], now: number): Float32Array {
  const dims = items.find((item) => item.vector)?.vector?.length ?? 0;
  const profile = new Float32Array(dims);
  history.forEach((entry, position) => {
    if (!Number.isInteger(entry.itemIndex) || entry.itemIndex < 0 || entry.itemIndex >= items.length) {
      throw new TypeError(`history[${position}].itemIndex must be an index into items (0..${items.length - 1}), got ${entry.itemIndex}`);
    }
    const vector = items[entry.itemIndex]!.vector;
    if (!(entry.value > 0) || !vector) return;
    if (vector.length !== dims) {
      throw new RecommenderError('DIMENSION_MISMATCH', `item ${entry.itemIndex} has a ${vector.length}-d vector, others are ${dims}-d`);
    }
    const days = Math.max(0, (now - entry.at) / DAY_MS);
    const weight = PROFILE_DECAY_PER_30_DAYS ** (days / 30) * entry.value;
    for (let d = 0; d < dims; d++) profile[d]! += weight * vector[d]!;
  });
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += profile[d]! * profile[d]!;
  if (norm === 0) return profile;
  const inverse = 1 / Math.sqrt(norm);
  for (let d = 0; d < dims; d++) profile[d]! *= inverse;
  return profile;
}
