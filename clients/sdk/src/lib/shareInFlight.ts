/**
 * Wraps an async function so that calls made while one is running share its promise instead of starting another:
 * ten requests that all meet an expired token cause one refresh, not ten (a rotated refresh token may be used once).
 */
export function shareInFlight<T>(run: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  return () => {
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  };
}
