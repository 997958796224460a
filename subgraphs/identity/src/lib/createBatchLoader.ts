/**
 * A per-request loader that batches the keys asked for in one tick into one call of `batch`, and caches each
 * answer for the rest of the request. It is the small part of DataLoader this subgraph needs (DataLoader is not a
 * dependency of this package): sibling resolvers (`mfaEnabled` of twenty listed users) cost one query, not twenty.
 *
 * Scheduling follows DataLoader: dispatch after the current promise jobs and one `process.nextTick`, so keys
 * requested by resolvers that graphql-js starts in the same pass land in the same batch.
 */
export type BatchLoader<K, V> = (key: K) => Promise<V>;

export function createBatchLoader<K, V>(batch: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>, missing: V): BatchLoader<K, V> {
  const cache = new Map<K, Promise<V>>();
  let pending: Array<{ key: K; resolve: (value: V) => void; reject: (error: unknown) => void }> = [];

  const dispatch = () => {
    const queue = pending;
    pending = [];
    batch([...new Set(queue.map((item) => item.key))]).then(
      (found) => queue.forEach((item) => item.resolve(found.has(item.key) ? (found.get(item.key) as V) : missing)),
      (error: unknown) => queue.forEach((item) => item.reject(error)),
    );
  };

  return (key) => {
    const cached = cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      if (pending.length === 0) void Promise.resolve().then(() => process.nextTick(dispatch));
      pending.push({ key, resolve, reject });
    });
    cache.set(key, promise);
    return promise;
  };
}
