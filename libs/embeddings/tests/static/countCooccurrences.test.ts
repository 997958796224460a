import { describe, expect, it } from 'vitest';
import { countCooccurrences, SENTENCE_BREAK, UNKNOWN_WORD } from '../../src/static/countCooccurrences.js';

function toDense(m: ReturnType<typeof countCooccurrences>): number[][] {
  const out = Array.from({ length: m.rows }, () => new Array<number>(m.columns).fill(0));
  for (let r = 0; r < m.rows; r++) for (let e = m.rowStart[r]!; e < m.rowStart[r + 1]!; e++) out[r]![m.columnIndex[e]!] = m.values[e]!;
  return out;
}

describe('countCooccurrences', () => {
  it('counts neighbours within the window on both sides, weighted 1/distance', () => {
    // Sentence: 0 1 2, window 2 → pairs (0,1) d1, (0,2) d2, (1,2) d1, each counted both ways.
    const m = countCooccurrences(Int32Array.of(0, 1, 2, SENTENCE_BREAK), 3, 3, 2);
    expect(toDense(m)).toEqual([
      [0, 1, 0.5],
      [1, 0, 1],
      [0.5, 1, 0],
    ]);
  });

  it('never reaches across a sentence break, and keeps distances across unknown words', () => {
    const m = countCooccurrences(Int32Array.of(0, UNKNOWN_WORD, 1, SENTENCE_BREAK, 2), 3, 3, 2);
    expect(toDense(m)).toEqual([
      [0, 0.5, 0],
      [0.5, 0, 0],
      [0, 0, 0],
    ]);
  });

  it('only counts the first contextSize ids as contexts, and sums repeated pairs', () => {
    const m = countCooccurrences(Int32Array.of(0, 2, SENTENCE_BREAK, 0, 2), 3, 1, 1);
    // Column 0 is the only context: row 2 saw it twice; row 0 never sees itself.
    expect(toDense(m)).toEqual([[0], [0], [2]]);
  });
});
