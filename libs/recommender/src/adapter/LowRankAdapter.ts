/**
 * A per-user low-rank adapter (§5 "LoRA"): `delta = (α/r) · B · (A · user)` is added to the user's vector before
 * scoring, so `score(item) = dot(user + delta, item)`. Only A and B are learned per user; the shared model (ALS
 * factors, item matrix) is untouched.
 *
 * Matrices are row-major: `a` is r × d (`a[i·d + j]`), `b` is d × r (`b[j·r + i]`).
 *
 * Deviation from §5: the spec's adapter maps 512 → 768 (preference vector into the content-embedding space); here it
 * maps the scoring space to itself (d → d), because the ONNX scoring graph takes `user + delta` in one space.
 *
 * Size: `rank × (d + d)` float32s — at the ALS's 64 factors that is 8 × 128 × 4 B = 4 KB per user (the spec's
 * "about 10 KB"; see `adapterByteSize`). Plain data with typed arrays, so a service can store `a` and `b` as bytes.
 */
export interface LowRankAdapter {
  rank: number;
  dims: number;
  alpha: number;
  /** r × d, row-major. */
  a: Float32Array;
  /** d × r, row-major. */
  b: Float32Array;
  /** 0 when created; each `trainAdapter` run adds 1. */
  version: number;
  /** Epoch ms of the last training run; 0 = never trained. `updateAdapterWithRollback` throttles on it. */
  updatedAt: number;
}

/** One of the user's recent events: an item vector and whether the user engaged with it (1) or not (0). */
export interface AdapterExample {
  item: Float32Array;
  label: 0 | 1;
}
