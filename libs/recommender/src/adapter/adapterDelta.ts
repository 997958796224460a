import { checkAdapterInput } from './checkAdapterInput.js';
import type { LowRankAdapter } from './LowRankAdapter.js';
import { lowRankForward } from './lowRankForward.js';

/**
 * The adapter's contribution to a user vector: `(α/r) · B · (A · user)`, length d. Scoring adds it to the user
 * (`dot(user + delta, item)`), which is how this library reads §5's `score × (1 + loraScore × 0.3)`: the adapter
 * adjusts the score additively by `dot(delta, item)`, and `trainAdapter` bounds ‖delta‖ ≤ 0.5·‖user‖ so that
 * adjustment stays a bounded fraction of the shared model's score scale, as the spec's ×0.3 intends.
 */
export function adapterDelta(adapter: LowRankAdapter, user: Float32Array): Float32Array {
  checkAdapterInput(adapter, user);
  return Float32Array.from(lowRankForward(adapter.a, adapter.b, adapter.rank, adapter.dims, adapter.alpha / adapter.rank, user).delta);
}
