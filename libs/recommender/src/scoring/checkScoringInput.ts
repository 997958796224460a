import { RecommenderError } from '../errors.js';

/** The number of items in an N × dims row-major matrix; rejects a matrix that isn't one. */
export function itemCountOf(itemMatrix: Float32Array, dims: number): number {
  if (!Number.isInteger(dims) || dims < 1) throw new TypeError(`dims must be a positive integer, got ${dims}`);
  if (itemMatrix.length === 0) throw new RecommenderError('EMPTY_ITEM_MATRIX', 'the item matrix holds no items');
  if (itemMatrix.length % dims !== 0) {
    throw new RecommenderError('DIMENSION_MISMATCH', `an item matrix of ${itemMatrix.length} values is not N × ${dims}`);
  }
  return itemMatrix.length / dims;
}

/** `k` is the caller's option, so a bad one is a `TypeError`; a k above the item count is fine (all items come back). */
export function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new TypeError(`k must be a positive integer, got ${k}`);
}

export function checkQuery(user: Float32Array, delta: Float32Array | undefined, dims: number): void {
  if (user.length !== dims) throw new RecommenderError('DIMENSION_MISMATCH', `the user vector has ${user.length} dimensions, the items ${dims}`);
  if (delta && delta.length !== dims) throw new RecommenderError('DIMENSION_MISMATCH', `the delta vector has ${delta.length} dimensions, the items ${dims}`);
}
