/** One row of the caller's watch history as `watchHistory` lists it. Times are epoch ms. */
export interface WatchHistoryEntry {
  id: string;
  titleId: string;
  deviceId: string | null;
  positionSeconds: number;
  durationSeconds: number;
  completed: boolean;
  watchedAt: number;
}

/** What a session writes to the history (only with the viewer's HISTORY_RETENTION consent). */
export interface HistoryWrite {
  sessionId: string;
  userId: string;
  profileId: string;
  titleId: string;
  deviceId: string;
  positionSeconds: number;
  durationSeconds: number;
  completed: boolean;
  watchedAt: number;
}
