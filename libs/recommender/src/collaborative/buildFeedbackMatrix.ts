import { RecommenderError } from '../errors.js';
import type { FeedbackMatrix } from './FeedbackMatrix.js';

/**
 * Builds the CSR feedback matrix from `(user, item, value)` entries, summing the values of repeated pairs (two
 * events on the same title add up, the way `aggregateFeedback` output and raw weights both can arrive).
 *
 * Users are numbered in order of first appearance. Items follow `itemIds` when given — pass the catalogue's order so
 * item indices line up with the content vectors and the scorer's item matrix — and an entry naming another item is
 * rejected; without `itemIds` they too are numbered by first appearance. A pair whose values sum to 0 is kept: for
 * ALS it is the same as no entry, and item-kNN and popularity only count positive values.
 *
 * @throws RecommenderError `INVALID_FEEDBACK` for a value that is not a finite number or an id that is not a
 *   non-empty string; `UNKNOWN_ITEM` for an item outside `itemIds`.
 * @throws TypeError when `itemIds` lists an id twice.
 */
export function buildFeedbackMatrix(entries: Iterable<{ userId: string; itemId: string; value: number }>, itemIds?: string[]): FeedbackMatrix {
  const userIndex = new Map<string, number>();
  const itemIndex = new Map<string, number>();
  const fixedItems = itemIds !== undefined;
  for (const id of itemIds ?? []) {
    if (itemIndex.has(id)) throw new TypeError(`itemIds lists "${id}" twice`);
    itemIndex.set(id, itemIndex.size);
  }
  const users: number[] = [];
  const items: number[] = [];
  const values: number[] = [];
  for (const { userId, itemId, value } of entries) {
    if (typeof userId !== 'string' || userId === '' || typeof itemId !== 'string' || itemId === '') {
      throw new RecommenderError('INVALID_FEEDBACK', `feedback entry ${users.length} has an empty or non-string id (user ${String(userId)}, item ${String(itemId)})`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RecommenderError('INVALID_FEEDBACK', `feedback for user "${userId}" on item "${itemId}" is not a finite number: ${String(value)}`);
    }
    let item = itemIndex.get(itemId);
    if (item === undefined) {
      if (fixedItems) throw new RecommenderError('UNKNOWN_ITEM', `feedback for user "${userId}" names item "${itemId}", which is not in itemIds`);
      item = itemIndex.size;
      itemIndex.set(itemId, item);
    }
    let user = userIndex.get(userId);
    if (user === undefined) {
      user = userIndex.size;
      userIndex.set(userId, user);
    }
    users.push(user);
    items.push(item);
    values.push(value);
  }
  const userCount = userIndex.size;
  const itemCount = itemIndex.size;

  // Counting sort by user, then merge each row's duplicates through a dense accumulator: O(nnz + items), no maps.
  const rowStart = new Int32Array(userCount + 1);
  for (const user of users) rowStart[user + 1]!++;
  for (let u = 0; u < userCount; u++) rowStart[u + 1]! += rowStart[u]!;
  const next = rowStart.slice(0, userCount);
  const sortedItems = new Int32Array(users.length);
  const sortedValues = new Float64Array(users.length);
  for (let k = 0; k < users.length; k++) {
    const at = next[users[k]!]!++;
    sortedItems[at] = items[k]!;
    sortedValues[at] = values[k]!;
  }
  const sum = new Float64Array(itemCount);
  const seenInRow = new Int32Array(itemCount).fill(-1);
  const rowPtr = new Int32Array(userCount + 1);
  const colIdx = new Int32Array(users.length);
  const rowValues = new Float32Array(users.length);
  let nnz = 0;
  for (let u = 0; u < userCount; u++) {
    const rowBegin = nnz;
    for (let k = rowStart[u]!; k < rowStart[u + 1]!; k++) {
      const item = sortedItems[k]!;
      if (seenInRow[item] !== u) {
        seenInRow[item] = u;
        sum[item] = 0;
        colIdx[nnz++] = item;
      }
      sum[item]! += sortedValues[k]!;
    }
    colIdx.subarray(rowBegin, nnz).sort();
    for (let k = rowBegin; k < nnz; k++) rowValues[k] = sum[colIdx[k]!]!;
    rowPtr[u + 1] = nnz;
  }
  return {
    userIds: [...userIndex.keys()],
    itemIds: [...itemIndex.keys()],
    rowPtr,
    colIdx: colIdx.slice(0, nnz),
    values: rowValues.slice(0, nnz),
  };
}
