/** The best items for one user, best first: `indices[i]` is a row of the item matrix, `scores[i]` its score. */
export interface ScoredItems {
  indices: Int32Array;
  scores: Float32Array;
}

/**
 * Scores every item of an item matrix (N rows of `dims` floats, row-major: item i is `itemMatrix[i·dims … (i+1)·dims)`)
 * against one user and returns the top k by dot product `(user + delta) · item`.
 *
 * `delta` is the per-user adapter's contribution to the user vector (`adapterDelta`, §5 "per-user low-rank adapter"),
 * so the adapter personalises the scoring without the item matrix changing. `exclude` holds item indices never to
 * return (titles already watched); the list still holds `min(k, N − |exclude ∩ items|)` entries, so exclusions don't
 * shorten it. Equal scores are ordered by the lower index first, the same order ONNX Runtime's TopK uses, so the
 * TypeScript and ONNX scorers agree on exact ties too. Two items whose scores differ by about a float32 rounding
 * (~1e-7 relative) may still come out in either order: ONNX Runtime sums in float32 in its own order, the TS loop
 * in double precision.
 */
export interface Scorer {
  readonly itemCount: number;
  readonly dims: number;
  topK(user: Float32Array, delta: Float32Array | undefined, k: number, exclude?: ReadonlySet<number>): Promise<ScoredItems>;
}

export interface OnnxScorerOptions {
  /**
   * The k baked into the graph's TopK (an initializer, so it can't be fed per call). A call that needs more —
   * `k + |exclude|` above it — rebuilds the session once with at least double the capacity, capped at the item count.
   * @default 256 (100 candidates per source plus room for the titles a user has watched)
   */
  k?: number;
}

/** A scorer backed by an ONNX Runtime session built from `buildScoringGraph`. */
export interface OnnxScorer extends Scorer {
  /**
   * Swaps in a new item matrix (a retrained model; `dims` stays the same, the item count may change). The new session
   * is built first and then replaces the old one in one step: calls already running finish on the old session, which
   * is released after the last of them. Reloads apply in the order they are called.
   */
  reload(itemMatrix: Float32Array): Promise<void>;
  /** Releases the session once calls in flight finish; later calls reject with `SCORER_CLOSED`. */
  close(): Promise<void>;
}
