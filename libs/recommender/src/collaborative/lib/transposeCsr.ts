/** A compressed sparse row layout: row `r` holds `idx[ptr[r] .. ptr[r + 1])` with the matching `values`. */
export interface Csr {
  ptr: Int32Array;
  idx: Int32Array;
  values: Float32Array;
}

/**
 * The transpose of a CSR matrix with `columns` columns, i.e. its CSC layout: ALS solves items from the users who
 * touched them, and item-kNN walks each item's users. A counting sort keeps it O(nnz), and each output row lists its
 * columns in ascending order because input rows are visited in order.
 */
export function transposeCsr(ptr: Int32Array, idx: Int32Array, values: Float32Array, columns: number): Csr {
  const rows = ptr.length - 1;
  const nnz = ptr[rows]!;
  const outPtr = new Int32Array(columns + 1);
  for (let k = 0; k < nnz; k++) outPtr[idx[k]! + 1]!++;
  for (let c = 0; c < columns; c++) outPtr[c + 1]! += outPtr[c]!;
  const next = outPtr.slice(0, columns);
  const outIdx = new Int32Array(nnz);
  const outValues = new Float32Array(nnz);
  for (let r = 0; r < rows; r++) {
    for (let k = ptr[r]!; k < ptr[r + 1]!; k++) {
      const at = next[idx[k]!]!++;
      outIdx[at] = r;
      outValues[at] = values[k]!;
    }
  }
  return { ptr: outPtr, idx: outIdx, values: outValues };
}
