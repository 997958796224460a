/** §10 VPPA: watch history is kept at most 90 days, then anonymised. */
export const HISTORY_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

/** Rows watched before this instant are due for anonymisation. */
export function historyRetentionCutoff(now: number): number {
  return now - HISTORY_RETENTION_MS;
}
