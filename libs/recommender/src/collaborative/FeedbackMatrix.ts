/**
 * Users × items implicit feedback in CSR form: user `u`'s entries are `colIdx[rowPtr[u] .. rowPtr[u + 1])` (item
 * indices into `itemIds`, ascending) with the matching `values`. A value is a signed preference strength `r` (see
 * `feedbackWeight` in `signals/`): positive means "liked", negative "not for me", and its magnitude sets how
 * confident the models are.
 */
export interface FeedbackMatrix {
  userIds: string[];
  itemIds: string[];
  rowPtr: Int32Array;
  colIdx: Int32Array;
  values: Float32Array;
}
