import { describe, expect, it } from 'vitest';
import { csrFromDense, csrFromTriples, csrMultiply, csrTranspose } from '../../src/static/CsrMatrix.js';

const dense = [
  [1, 0, 2],
  [0, 0, 0],
  [0, 3, -1],
  [4, 0, 0],
];

describe('CsrMatrix', () => {
  it('stores only non-zero entries, row by row with ascending columns', () => {
    const a = csrFromDense(dense);
    expect([...a.rowStart]).toEqual([0, 2, 2, 4, 5]);
    expect([...a.columnIndex]).toEqual([0, 2, 1, 2, 0]);
    expect([...a.values]).toEqual([1, 2, 3, -1, 4]);
  });

  it('multiplies by a dense matrix as the dense product would', () => {
    // X is [3, 2] row-major: rows (1, 2), (3, 4), (5, 6).
    const x = Float32Array.of(1, 2, 3, 4, 5, 6);
    expect([...csrMultiply(csrFromDense(dense), x, 2)]).toEqual([11, 14, 0, 0, 4, 6, 4, 8]);
  });

  it('transposes, so multiplying by the transpose works like the dense Aᵀ·X', () => {
    const t = csrTranspose(csrFromDense(dense));
    expect(t).toEqual(csrFromDense([
      [1, 0, 0, 4],
      [0, 0, 3, 0],
      [2, 0, -1, 0],
    ]));
    // X is [4, 1]: (1, 2, 3, 4); Aᵀ·X = (1·1 + 4·4, 3·3, 2·1 − 1·3).
    expect([...csrMultiply(t, Float32Array.of(1, 2, 3, 4), 1)]).toEqual([17, 9, -1]);
  });

  it('adds the values of repeated triples and sorts columns', () => {
    const a = csrFromTriples(2, 3, [1, 0, 1, 1], [2, 1, 0, 2], [1, 5, 2, 3]);
    expect([...a.rowStart]).toEqual([0, 1, 3]);
    expect([...a.columnIndex]).toEqual([1, 0, 2]);
    expect([...a.values]).toEqual([5, 2, 4]);
  });
});
