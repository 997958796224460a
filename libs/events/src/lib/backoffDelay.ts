/** Delay before retry number `attempt` (1-based): `initial * 2^(attempt-1)`, capped at `max`. */
export function backoffDelay(attempt: number, initialMs: number, maxMs: number): number {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
}
