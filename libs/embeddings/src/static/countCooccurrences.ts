import type { CsrMatrix } from './CsrMatrix.js';

/** Marks the end of a sentence in a token stream: windows never reach across it. */
export const SENTENCE_BREAK = -2;
/** A word outside the vocabulary: it keeps its position (so distances stay true) but is never counted. */
export const UNKNOWN_WORD = -1;

/**
 * Counts, for every vocabulary word (rows) and every context word (columns `0`…`contextSize - 1`, i.e. the most
 * frequent words, since ids are assigned by descending frequency), how often the context appears within `window`
 * words on either side, each occurrence weighted 1/distance as in GloVe. Returns a CSR matrix.
 *
 * Two passes keep memory flat: the first sizes every row, the second fills the (row, column, weight) triples, and
 * each row is then merged through a dense scratch row so duplicate columns collapse without sorting the triples.
 */
export function countCooccurrences(tokens: Int32Array, vocabularySize: number, contextSize: number, window: number): CsrMatrix {
  const rowLength = new Int32Array(vocabularySize + 1);
  forEachPair(tokens, contextSize, window, (row) => {
    rowLength[row + 1]!++;
  });
  for (let r = 0; r < vocabularySize; r++) rowLength[r + 1]! += rowLength[r]!;
  const cursor = rowLength.slice(0, vocabularySize);
  const rawColumns = new Int32Array(rowLength[vocabularySize]!);
  const rawValues = new Float32Array(rowLength[vocabularySize]!);
  forEachPair(tokens, contextSize, window, (row, column, weight) => {
    const at = cursor[row]!++;
    rawColumns[at] = column;
    rawValues[at] = weight;
  });
  return mergeRows(vocabularySize, contextSize, rowLength, rawColumns, rawValues);
}

function forEachPair(tokens: Int32Array, contextSize: number, window: number, visit: (row: number, column: number, weight: number) => void): void {
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    if (a < 0) continue;
    for (let d = 1; d <= window && i + d < tokens.length; d++) {
      const b = tokens[i + d]!;
      if (b === SENTENCE_BREAK) break;
      if (b < 0) continue;
      const weight = 1 / d;
      if (b < contextSize) visit(a, b, weight);
      if (a < contextSize) visit(b, a, weight);
    }
  }
}

function mergeRows(rows: number, columns: number, rowStart: Int32Array, rawColumns: Int32Array, rawValues: Float32Array): CsrMatrix {
  const scratch = new Float64Array(columns);
  const outStart = new Int32Array(rows + 1);
  const outColumns = new Int32Array(rawColumns.length);
  const outValues = new Float32Array(rawColumns.length);
  let written = 0;
  for (let r = 0; r < rows; r++) {
    const touched: number[] = [];
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const c = rawColumns[e]!;
      if (scratch[c] === 0) touched.push(c);
      scratch[c]! += rawValues[e]!;
    }
    touched.sort((x, y) => x - y);
    for (const c of touched) {
      outColumns[written] = c;
      outValues[written] = scratch[c]!;
      scratch[c] = 0;
      written++;
    }
    outStart[r + 1] = written;
  }
  return { rows, columns, rowStart: outStart, columnIndex: outColumns.slice(0, written), values: outValues.slice(0, written) };
}
