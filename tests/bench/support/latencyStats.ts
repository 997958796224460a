export interface LatencyStats {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * Nearest-rank percentiles (ms) of a set of latencies: the value at rank ⌈q·n⌉ of the sorted list, so p99 of 100
 * samples is the 99th value, a latency some request really had, and not an interpolation. NaN when there is none.
 */
export function latencyStats(latencies: readonly number[]): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length === 0 ? Number.NaN : sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}
