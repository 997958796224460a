import { describe, expect, it } from 'vitest';
import { topK } from '../../src/lib/topK.js';
import { randomVectors } from '../support/randomVectors.js';

describe('topK', () => {
  it('returns the k best entries, best first, as a full sort would', () => {
    const scores = randomVectors(1, 5000, 5)[0]!;
    const entries = scores.map((score, item) => ({ item, score }));
    for (const k of [1, 7, 100, 5000, 6000]) {
      const expected = [...entries].sort((a, b) => b.score - a.score).slice(0, k);
      expect(topK(entries, k)).toEqual(expected);
    }
  });

  it('returns nothing for k = 0 or no entries', () => {
    expect(topK([{ item: 1, score: 1 }], 0)).toEqual([]);
    expect(topK([], 3)).toEqual([]);
  });
});
