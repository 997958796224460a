/**
 * A sparse matrix in compressed sparse row form: row `r` holds the entries `rowStart[r]`…`rowStart[r + 1] - 1` of
 * `columns`/`values`, with columns ascending. The co-occurrence and PPMI matrices of the static model builder are
 * a few percent dense at most, so this is what keeps them in memory and fast to multiply.
 */
export interface CsrMatrix {
  rows: number;
  columns: number;
  rowStart: Int32Array;
  columnIndex: Int32Array;
  values: Float32Array;
}

/** Builds a CSR matrix from dense rows; for tests and small inputs. */
export function csrFromDense(dense: readonly (readonly number[])[], columns = dense[0]?.length ?? 0): CsrMatrix {
  const rowStart = new Int32Array(dense.length + 1);
  const columnIndex: number[] = [];
  const values: number[] = [];
  dense.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== 0) {
        columnIndex.push(c);
        values.push(value);
      }
    });
    rowStart[r + 1] = columnIndex.length;
  });
  return { rows: dense.length, columns, rowStart, columnIndex: Int32Array.from(columnIndex), values: Float32Array.from(values) };
}

/**
 * `A · X` for a dense row-major `X` of shape [A.columns, width]; returns [A.rows, width] row-major. Each output row
 * is accumulated in float64 and stored as float32: the dense operands are the largest arrays of the SVD and this
 * loop is bound by memory traffic, so halving their size is worth more than the digits float32 drops.
 */
export function csrMultiply(a: CsrMatrix, x: Float32Array, width: number): Float32Array {
  const out = new Float32Array(a.rows * width);
  const row = new Float64Array(width);
  for (let r = 0; r < a.rows; r++) {
    row.fill(0);
    for (let e = a.rowStart[r]!; e < a.rowStart[r + 1]!; e++) {
      const value = a.values[e]!;
      const xBase = a.columnIndex[e]! * width;
      for (let k = 0; k < width; k++) row[k]! += value * x[xBase + k]!;
    }
    out.set(row, r * width);
  }
  return out;
}

/**
 * The transpose as its own CSR matrix. Multiplying by `Aᵀ` through it reads `X` scattered but writes each output row
 * once, which is markedly faster than scattering writes across the output, and it is built in two linear passes.
 */
export function csrTranspose(a: CsrMatrix): CsrMatrix {
  const rowStart = new Int32Array(a.columns + 1);
  for (let e = 0; e < a.columnIndex.length; e++) rowStart[a.columnIndex[e]! + 1]!++;
  for (let c = 0; c < a.columns; c++) rowStart[c + 1]! += rowStart[c]!;
  const cursor = rowStart.slice(0, a.columns);
  const columnIndex = new Int32Array(a.columnIndex.length);
  const values = new Float32Array(a.values.length);
  for (let r = 0; r < a.rows; r++) {
    for (let e = a.rowStart[r]!; e < a.rowStart[r + 1]!; e++) {
      const at = cursor[a.columnIndex[e]!]!++;
      columnIndex[at] = r;
      values[at] = a.values[e]!;
    }
  }
  return { rows: a.columns, columns: a.rows, rowStart, columnIndex, values };
}

/** Builds a CSR matrix from (row, column, value) triples; values of repeated cells are added. */
export function csrFromTriples(rows: number, columns: number, rowOf: ArrayLike<number>, columnOf: ArrayLike<number>, valueOf: ArrayLike<number>): CsrMatrix {
  const rowStart = new Int32Array(rows + 1);
  for (let e = 0; e < rowOf.length; e++) rowStart[rowOf[e]! + 1]!++;
  for (let r = 0; r < rows; r++) rowStart[r + 1]! += rowStart[r]!;
  const cursor = rowStart.slice(0, rows);
  const order = new Int32Array(rowOf.length);
  for (let e = 0; e < rowOf.length; e++) order[cursor[rowOf[e]!]!++] = e;
  const outStart = new Int32Array(rows + 1);
  const columnIndex: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < rows; r++) {
    const cells = new Map<number, number>();
    for (let k = rowStart[r]!; k < rowStart[r + 1]!; k++) {
      const e = order[k]!;
      cells.set(columnOf[e]!, (cells.get(columnOf[e]!) ?? 0) + valueOf[e]!);
    }
    for (const c of [...cells.keys()].sort((x, y) => x - y)) {
      columnIndex.push(c);
      values.push(cells.get(c)!);
    }
    outStart[r + 1] = columnIndex.length;
  }
  return { rows, columns, rowStart: outStart, columnIndex: Int32Array.from(columnIndex), values: Float32Array.from(values) };
}
