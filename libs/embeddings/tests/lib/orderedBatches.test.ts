import { describe, expect, it } from 'vitest';
import { orderedBatches } from '../../src/lib/orderedBatches.js';

describe('orderedBatches', () => {
  it('groups indices of similar length into batches of at most batchSize, covering every index once', () => {
    const batches = orderedBatches([5, 1, 9, 1, 5], 2);
    expect(batches).toEqual([[1, 3], [0, 4], [2]]);
  });

  it('rejects a batch size that is not a positive integer', () => {
    expect(() => orderedBatches([1], 0)).toThrow(new TypeError('batchSize must be a positive integer, got 0'));
  });
});
