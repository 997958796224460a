import type { FeedbackMatrix } from './FeedbackMatrix.js';
import { checkFeedbackMatrix } from './lib/checkFeedbackMatrix.js';

/**
 * Every item index, most popular first: by the number of users with positive feedback on it, then by the sum of
 * that positive feedback, then by index so the order is stable. Items nobody liked come last. This is the
 * cold-start and low-score fallback of §5, and the baseline the offline evaluation compares against.
 */
export function popularityRanking(matrix: FeedbackMatrix): Int32Array {
  checkFeedbackMatrix(matrix);
  const itemCount = matrix.itemIds.length;
  const likes = new Int32Array(itemCount);
  const strength = new Float64Array(itemCount);
  const { colIdx, values } = matrix;
  for (let k = 0; k < colIdx.length; k++) {
    const value = values[k]!;
    if (value <= 0) continue;
    likes[colIdx[k]!]!++;
    strength[colIdx[k]!]! += value;
  }
  const order = new Int32Array(itemCount);
  for (let i = 0; i < itemCount; i++) order[i] = i;
  return order.sort((a, b) => likes[b]! - likes[a]! || strength[b]! - strength[a]! || a - b);
}
