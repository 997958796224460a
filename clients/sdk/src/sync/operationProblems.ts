import type { QueuedOperation } from './SyncQueueStore.js';

/** The server's limits (subgraphs/sync: watchlist, progress, preferences), checked before an operation is queued. */
export const PREFERENCE_KEYS = ['subtitleLanguage', 'audioLanguage', 'autoplayNext', 'playbackSpeed', 'preferredQuality', 'theme'] as const;
const MAX_PRIORITY = 100;
const MAX_TEXT_LENGTH = 200;
const MAX_DURATION_SECONDS = 24 * 60 * 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * Every problem the server would refuse the operation for, in its words. An operation the server will refuse must
 * not be queued: the app would show it (the replica applies it at once) and the replay would then drop it.
 */
export function operationProblems(op: Omit<QueuedOperation, 'hlc'>): string[] {
  const problems: string[] = [];
  if (op.kind !== 'PREFERENCE' && !isUuid(op.titleId)) problems.push(`titleId must be a UUID, got ${JSON.stringify(op.titleId ?? null)}`);
  switch (op.kind) {
    case 'WATCHLIST_ADD':
      if (!Number.isInteger(op.priority) || op.priority! < 0 || op.priority! > MAX_PRIORITY) {
        problems.push(`priority must be an integer in [0, ${MAX_PRIORITY}], got ${String(op.priority)}`);
      }
      if (op.reason !== null && op.reason !== undefined && (typeof op.reason !== 'string' || op.reason.length > MAX_TEXT_LENGTH)) {
        problems.push(`reason must be null or at most ${MAX_TEXT_LENGTH} characters`);
      }
      break;
    case 'PROGRESS':
      if (typeof op.durationSeconds !== 'number' || !Number.isFinite(op.durationSeconds) || op.durationSeconds <= 0 || op.durationSeconds > MAX_DURATION_SECONDS) {
        problems.push(`durationSeconds must be in (0, ${MAX_DURATION_SECONDS}], got ${String(op.durationSeconds)}`);
      }
      if (typeof op.positionSeconds !== 'number' || !Number.isFinite(op.positionSeconds) || op.positionSeconds < 0) {
        problems.push(`positionSeconds must be a non-negative number, got ${String(op.positionSeconds)}`);
      }
      break;
    case 'PREFERENCE':
      if (!(PREFERENCE_KEYS as readonly unknown[]).includes(op.key)) problems.push(`key must be one of ${PREFERENCE_KEYS.join(', ')}, got ${JSON.stringify(op.key)}`);
      if (typeof op.value !== 'string' || op.value.length > MAX_TEXT_LENGTH) problems.push(`value must be a string of at most ${MAX_TEXT_LENGTH} characters`);
      break;
    case 'WATCHLIST_REMOVE':
      break;
  }
  return problems;
}
