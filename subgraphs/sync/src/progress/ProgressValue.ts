/** One title's watch progress on a profile, as its LWW register holds it (PRODUCT_SPEC §9, §10). */
export interface ProgressValue {
  /** Clamped to [0, durationSeconds]. */
  positionSeconds: number;
  durationSeconds: number;
  /** position / duration > 0.95 (§9): a completed title leaves "continue watching". */
  completed: boolean;
}

/** A device's report of where it is in a title, stamped with the device's HLC. */
export interface ProgressUpdate {
  positionSeconds: number;
  durationSeconds: number;
}

/** §9: more than 95% watched counts as completed. */
export const COMPLETED_SHARE = 0.95;
/** §9: at most one progress update per second is accepted from a device. */
export const MIN_UPDATE_INTERVAL_MS = 1_000;
/** Longer than any film or episode; a bigger duration is a client bug, not a title. */
export const MAX_DURATION_SECONDS = 24 * 60 * 60;
