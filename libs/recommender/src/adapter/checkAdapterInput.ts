import { RecommenderError } from '../errors.js';
import type { AdapterExample, LowRankAdapter } from './LowRankAdapter.js';

/**
 * Adapters come back from storage and vectors from other models, so shapes are checked as data (`DIMENSION_MISMATCH`)
 * before any arithmetic: a short array would otherwise read `undefined` and spread NaN silently.
 */
export function checkAdapterInput(adapter: LowRankAdapter, user: Float32Array, examples: readonly AdapterExample[] = []): void {
  const { rank, dims } = adapter;
  if (adapter.a.length !== rank * dims || adapter.b.length !== dims * rank) {
    throw new RecommenderError('DIMENSION_MISMATCH', `adapter matrices do not match rank ${rank} × dims ${dims}: a has ${adapter.a.length} values, b has ${adapter.b.length}, both should have ${rank * dims}`);
  }
  if (user.length !== dims) throw new RecommenderError('DIMENSION_MISMATCH', `user vector has ${user.length} dims; the adapter has ${dims}`);
  examples.forEach((example, index) => {
    if (example.item.length !== dims) throw new RecommenderError('DIMENSION_MISMATCH', `example ${index} has an item vector of ${example.item.length} dims; the adapter has ${dims}`);
  });
}
