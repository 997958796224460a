import type { FeedbackMatrix } from './FeedbackMatrix.js';
import { checkFeedbackMatrix } from './lib/checkFeedbackMatrix.js';
import { TopK } from '../lib/TopK.js';
import { transposeCsr } from './lib/transposeCsr.js';

/**
 * Item-item neighbours ("people who watched X also watched Y", §5). Item `i`'s neighbours are
 * `neighbors[i·k .. i·k + k)`, best first, with the matching `similarities`; a shorter list is padded with index −1
 * and similarity 0.
 */
export interface ItemKnnModel {
  itemIds: string[];
  neighbors: Int32Array;
  similarities: Float32Array;
  k: number;
}

export interface ItemKnnOptions {
  /**
   * Neighbours kept per item.
   * @default 50
   */
  neighbors?: number;
  /**
   * Added to the cosine's denominator so that pairs seen together by only a few users count for less: with 10, two
   * items co-watched by their only 2 viewers score 2/12 instead of 1.
   * @default 10
   */
  shrink?: number;
}

/**
 * Item-kNN on co-consumption: `sim(i, j) = |Uᵢ ∩ Uⱼ| / (√(|Uᵢ|·|Uⱼ|) + shrink)`, where `Uᵢ` is the set of users with
 * positive feedback on `i` — the cosine of the binary user columns, shrunk. Negative and zero feedback count as "not
 * consumed". The similarity is symmetric; the neighbour lists need not be (they keep the top `k`).
 *
 * Cost: Σ over users of (positive items)², with one dense counter array reused across items.
 */
export function buildItemKnn(matrix: FeedbackMatrix, options: ItemKnnOptions = {}): ItemKnnModel {
  const k = options.neighbors ?? 50;
  const shrink = options.shrink ?? 10;
  if (!Number.isInteger(k) || k < 1) throw new TypeError(`options.neighbors must be a positive integer, got ${k}`);
  if (!Number.isFinite(shrink) || shrink < 0) throw new TypeError(`options.shrink must be a finite number ≥ 0, got ${shrink}`);
  checkFeedbackMatrix(matrix);
  const itemCount = matrix.itemIds.length;
  const { rowPtr, colIdx, values } = matrix;
  const byItem = transposeCsr(rowPtr, colIdx, values, itemCount);

  const consumers = new Int32Array(itemCount);
  for (let i = 0; i < itemCount; i++) {
    for (let p = byItem.ptr[i]!; p < byItem.ptr[i + 1]!; p++) if (byItem.values[p]! > 0) consumers[i]!++;
  }
  const neighbors = new Int32Array(itemCount * k).fill(-1);
  const similarities = new Float32Array(itemCount * k);
  const together = new Int32Array(itemCount);
  const touched = new Int32Array(itemCount);
  const best = new TopK(k);
  for (let i = 0; i < itemCount; i++) {
    if (consumers[i] === 0) continue;
    let touchedCount = 0;
    for (let p = byItem.ptr[i]!; p < byItem.ptr[i + 1]!; p++) {
      if (byItem.values[p]! <= 0) continue;
      const user = byItem.idx[p]!;
      for (let q = rowPtr[user]!; q < rowPtr[user + 1]!; q++) {
        const j = colIdx[q]!;
        if (j === i || values[q]! <= 0) continue;
        if (together[j] === 0) touched[touchedCount++] = j;
        together[j]!++;
      }
    }
    best.reset();
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t]!;
      best.push(j, together[j]! / (Math.sqrt(consumers[i]! * consumers[j]!) + shrink));
      together[j] = 0;
    }
    best.drainInto(neighbors, similarities, i * k);
  }
  return { itemIds: [...matrix.itemIds], neighbors, similarities, k };
}
