import type { LowRankAdapter } from './LowRankAdapter.js';

/**
 * Bytes needed to store an adapter's weights: `rank × (dims + dims)` float32s. With the defaults (rank 8) that is
 * 4,096 B at 64 dims and 32,768 B at 512 dims; the spec's "about 10 KB" is its 8 × (512 + 768) = 10,240 weights.
 */
export function adapterByteSize(adapter: Pick<LowRankAdapter, 'rank' | 'dims'>): number {
  return adapter.rank * (adapter.dims + adapter.dims) * Float32Array.BYTES_PER_ELEMENT;
}
