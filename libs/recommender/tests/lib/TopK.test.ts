import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK } from '../../src/lib/TopK.js';

describe('TopK', () => {
  it('keeps the k best pairs, best first, ties to the lower index — same as a full sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (scores, k) => {
        const top = new TopK(k);
        // Push in reverse index order so the tie rule, not the visiting order, decides.
        for (let i = scores.length - 1; i >= 0; i--) top.push(i, scores[i]!);
        const indices = new Int32Array(k).fill(-1);
        const kept = new Float32Array(k);
        const count = top.drainInto(indices, kept, 0);
        const expected = scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score || a.index - b.index).slice(0, k);
        expect(count).toBe(expected.length);
        expect([...indices.subarray(0, count)]).toEqual(expected.map((e) => e.index));
        expect([...kept.subarray(0, count)]).toEqual(expected.map((e) => e.score));
        expect(top.size).toBe(0);
      }),
    );
  });
});
