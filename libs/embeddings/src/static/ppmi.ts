import type { CsrMatrix } from './CsrMatrix.js';

/**
 * Positive pointwise mutual information of a co-occurrence matrix (rows: words, columns: contexts):
 * `max(0, log(P(w,c) / (P(w) · Pα(c))))`, with the context distribution smoothed as `count(c)^α / Σ count^α`
 * (Levy, Goldberg & Dagan 2015, §3.1: α = 0.75 stops rare contexts from dominating). Entries that are not
 * positive are dropped, so the result is sparser than the input.
 */
export function ppmi(counts: CsrMatrix, contextSmoothing = 0.75): CsrMatrix {
  const rowSum = new Float64Array(counts.rows);
  const columnSum = new Float64Array(counts.columns);
  for (let r = 0; r < counts.rows; r++) {
    for (let e = counts.rowStart[r]!; e < counts.rowStart[r + 1]!; e++) {
      rowSum[r]! += counts.values[e]!;
      columnSum[counts.columnIndex[e]!]! += counts.values[e]!;
    }
  }
  let smoothedTotal = 0;
  const smoothed = columnSum.map((sum) => {
    const value = sum ** contextSmoothing;
    smoothedTotal += value;
    return value;
  });
  const rowStart = new Int32Array(counts.rows + 1);
  const columnIndex = new Int32Array(counts.columnIndex.length);
  const values = new Float32Array(counts.values.length);
  let written = 0;
  for (let r = 0; r < counts.rows; r++) {
    for (let e = counts.rowStart[r]!; e < counts.rowStart[r + 1]!; e++) {
      const c = counts.columnIndex[e]!;
      // P(w,c) / (P(w) · Pα(c)) = count(w,c) / (count(w) · Pα(c)); the corpus total cancels.
      const pmi = Math.log((counts.values[e]! * smoothedTotal) / (rowSum[r]! * smoothed[c]!));
      if (pmi > 0) {
        columnIndex[written] = c;
        values[written] = pmi;
        written++;
      }
    }
    rowStart[r + 1] = written;
  }
  return { rows: counts.rows, columns: counts.columns, rowStart, columnIndex: columnIndex.slice(0, written), values: values.slice(0, written) };
}
