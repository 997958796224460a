import { RESUME_MIN_SECONDS } from '../session/resumePosition.js';
import { isCompleted, type ResumePoint } from './ResumePoint.js';

/** §10: entries last watched longer ago than this are dropped from continue watching. */
export const CONTINUE_WATCHING_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export interface ContinueWatchingItem {
  titleId: string;
  positionSeconds: number;
  durationSeconds: number;
  /** 0–100, one decimal. */
  percent: number;
  lastWatchedAt: number;
  deviceId: string;
}

/** The oldest `lastWatchedAt` continue watching still lists. */
export function continueWatchingSince(now: number): number {
  return now - CONTINUE_WATCHING_MAX_AGE_MS;
}

/**
 * The §10 continue-watching row from a profile's resume points (already merged across devices: each is the LWW
 * winner). In progress means what the resume rule would resume: watched at least 30 s and not completed (> 95%).
 * Entries older than 30 days are dropped; newest first (ties by title id, so the order is stable); at most `first`.
 */
export function continueWatching(points: readonly ResumePoint[], options: { now: number; first: number }): ContinueWatchingItem[] {
  const since = continueWatchingSince(options.now);
  return points
    .filter((p) => p.durationSeconds > 0 && p.lastWatchedAt >= since && p.positionSeconds >= RESUME_MIN_SECONDS)
    .filter((p) => !p.completed && !isCompleted(p.positionSeconds, p.durationSeconds))
    .sort((a, b) => b.lastWatchedAt - a.lastWatchedAt || (a.titleId < b.titleId ? -1 : a.titleId > b.titleId ? 1 : 0))
    .slice(0, options.first)
    .map((p) => ({
      titleId: p.titleId,
      positionSeconds: p.positionSeconds,
      durationSeconds: p.durationSeconds,
      percent: Math.round((Math.min(p.positionSeconds, p.durationSeconds) / p.durationSeconds) * 1000) / 10,
      lastWatchedAt: p.lastWatchedAt,
      deviceId: p.deviceId,
    }));
}
