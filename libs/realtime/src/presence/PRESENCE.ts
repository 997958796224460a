/** PRODUCT_SPEC §8 presence timings. */
export const PRESENCE = {
  /** A device beats this often. */
  heartbeatIntervalMs: 30_000,
  /** An entry's ttl: two missed beats and the device is offline (a TIMEOUT). */
  offlineAfterMs: 60_000,
  /** No activity this long and the device reads as IDLE. */
  idleAfterMs: 300_000,
  /** A device offline longer than this asks for full-state reconciliation (`syncSince`) when it comes back. */
  reconcileAfterMs: 300_000,
} as const;
