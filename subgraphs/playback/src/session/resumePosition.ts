/** §10: below this there is nothing worth resuming. */
export const RESUME_MIN_SECONDS = 30;
/** §10: past this share of the duration the title counts as finished, so it starts again from the beginning. */
export const RESUME_MAX_SHARE = 0.95;

/** Where a profile last stopped in a title, as the resume projection holds it. */
export interface LastPosition {
  positionSeconds: number;
  durationSeconds: number;
}

/**
 * The §10 resume rule: the last position, unless it is under 30 s or past 95% of the duration (then 0, from the
 * beginning). No last position, or one without a usable duration, is 0 too.
 *
 * @example resumePosition({ positionSeconds: 1800, durationSeconds: 6000 }) // 1800
 * @example resumePosition({ positionSeconds: 5800, durationSeconds: 6000 }) // 0 (96.7% watched)
 */
export function resumePosition(last: LastPosition | null): number {
  if (!last || !(last.durationSeconds > 0) || !Number.isFinite(last.positionSeconds)) return 0;
  if (last.positionSeconds < RESUME_MIN_SECONDS) return 0;
  if (last.positionSeconds > RESUME_MAX_SHARE * last.durationSeconds) return 0;
  return Math.min(last.positionSeconds, last.durationSeconds);
}
