/** §9: more than 95% watched counts as completed; a completed title leaves continue watching. */
export const COMPLETED_SHARE = 0.95;

/** Where a profile is in a title: one LWW register per (user, profile, title), as the resume projection keeps it. */
export interface ResumePoint {
  userId: string;
  profileId: string;
  titleId: string;
  positionSeconds: number;
  durationSeconds: number;
  completed: boolean;
  /** `formatHlc` string of the write that won. */
  hlc: string;
  deviceId: string;
  /** Epoch ms. */
  lastWatchedAt: number;
}

/** §9's completion rule, the one sync applies to the same registers. */
export function isCompleted(positionSeconds: number, durationSeconds: number): boolean {
  return durationSeconds > 0 && positionSeconds / durationSeconds > COMPLETED_SHARE;
}
