import { describe, expect, it } from 'vitest';
import { l2Normalize } from '../../src/lib/l2Normalize.js';
import { meanPool } from '../../src/sentenceTransformer/meanPool.js';

describe('meanPool', () => {
  it('averages token vectors over the attention mask only', () => {
    // batch 2, sequence 3, dimensions 2; row 1 has one padded position holding a large vector.
    const hidden = Float32Array.of(1, 2, 3, 4, 5, 6, 10, 0, 20, 0, 999, 999);
    const mask = BigInt64Array.of(1n, 1n, 1n, 1n, 1n, 0n);
    expect(meanPool(hidden, mask, 2, 3, 2).map((v) => [...v])).toEqual([
      [3, 4],
      [15, 0],
    ]);
  });

  it('pools an all-padding row to zeros', () => {
    expect([...meanPool(Float32Array.of(7, 7), BigInt64Array.of(0n), 1, 1, 2)[0]!]).toEqual([0, 0]);
  });

  it('rejects a hidden state of the wrong size', () => {
    expect(() => meanPool(new Float32Array(5), new BigInt64Array(3), 1, 3, 2)).toThrow(TypeError);
  });
});

describe('l2Normalize', () => {
  it('scales to unit length and leaves a zero vector alone', () => {
    expect([...l2Normalize(Float32Array.of(3, 4))]).toEqual([0.6000000238418579, 0.800000011920929]);
    expect([...l2Normalize(Float32Array.of(0, 0))]).toEqual([0, 0]);
  });
});
