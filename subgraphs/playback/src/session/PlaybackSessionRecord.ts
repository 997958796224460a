import type { PlaybackEndReason } from '@media-gateway/events';

export type PlaybackState = 'PLAYING' | 'PAUSED' | 'STOPPED';
export type { PlaybackEndReason };

/**
 * One playback session as the session store keeps it (PRODUCT_SPEC §10: {session, user, content, device, platform,
 * position, duration, state}). Plain JSON: times are epoch milliseconds.
 */
export interface PlaybackSessionRecord {
  id: string;
  userId: string;
  profileId: string;
  titleId: string;
  deviceId: string;
  platform: string | null;
  /** Clamped to [0, durationSeconds]. */
  positionSeconds: number;
  durationSeconds: number;
  state: PlaybackState;
  /** What the resume rule offered at creation (0: from the beginning). */
  resumePositionSeconds: number;
  startedAt: number;
  updatedAt: number;
  /** When the last position report was taken: the once-a-second throttle counts from here. */
  reportedAt: number;
  endedAt: number | null;
  endReason: PlaybackEndReason | null;
  /** Bumped on every write; the store replaces a session only at the version the writer read (compare-and-set). */
  version: number;
}

/** Live until it ends; an ended session stays readable until the store forgets it (24 h). */
export function isLive(session: PlaybackSessionRecord): boolean {
  return session.state !== 'STOPPED';
}
