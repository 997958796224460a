import { describe, expect, it } from 'vitest';
import { csrFromDense } from '../../src/static/CsrMatrix.js';
import { retrofit } from '../../src/static/retrofit.js';

describe('retrofit', () => {
  // Three 2-d words; 0 and 1 are linked, 2 has no links.
  const vectors = Float32Array.of(1, 0, 0, 1, 1, 1);
  const graph = csrFromDense([
    [0, 1, 0],
    [1, 0, 0],
    [0, 0, 0],
  ]);

  it('moves each linked word to (α·original + Σβ·neighbour) / (α + 1), updating in place within an iteration', () => {
    const result = retrofit(vectors, 2, graph, { iterations: 1, alpha: 1 });
    // Word 0: ((1,0) + (0,1)) / 2 = (0.5, 0.5). Word 1 then sees the updated word 0: ((0,1) + (0.5,0.5)) / 2.
    expect([...result]).toEqual([0.5, 0.5, 0.25, 0.75, 1, 1]);
    expect([...vectors]).toEqual([1, 0, 0, 1, 1, 1]);
  });

  it('converges toward the neighbours for a small α and leaves unlinked words alone', () => {
    const result = retrofit(vectors, 2, graph, { iterations: 50, alpha: Float32Array.of(0.1, 0.1, 0.1) });
    expect(Math.abs(result[0]! - result[2]!)).toBeLessThan(0.1);
    expect(Math.abs(result[1]! - result[3]!)).toBeLessThan(0.1);
    expect([result[4], result[5]]).toEqual([1, 1]);
  });

  it('normalises edge weights per word, so only their ratio matters', () => {
    const heavy = csrFromDense([
      [0, 10, 0],
      [10, 0, 0],
      [0, 0, 0],
    ]);
    expect([...retrofit(vectors, 2, heavy, { iterations: 1 })]).toEqual([...retrofit(vectors, 2, graph, { iterations: 1 })]);
  });
});
