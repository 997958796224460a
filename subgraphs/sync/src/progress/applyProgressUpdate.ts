import { checkHlc, compareHlc, type Hlc, type LwwRegister } from '@media-gateway/crdt';
import { COMPLETED_SHARE, MAX_DURATION_SECONDS, MIN_UPDATE_INTERVAL_MS, type ProgressUpdate, type ProgressValue } from './ProgressValue.js';

export type ProgressOutcome =
  | { kind: 'applied'; register: LwwRegister<ProgressValue> }
  /** Older than what is stored: a late or replayed report that must not move progress back. */
  | { kind: 'stale'; register: LwwRegister<ProgressValue> }
  /** The very write already stored (same timestamp): sending an operation twice changes nothing. */
  | { kind: 'duplicate'; register: LwwRegister<ProgressValue> }
  /** Within a second of the same device's last accepted report (§9: at most one a second). */
  | { kind: 'throttled'; register: LwwRegister<ProgressValue> };

/**
 * The §9 progress rules on top of the LWW register: clamp the position to the duration, mark > 95% completed, keep
 * the newer write (ties by device id), ignore what is older, and accept at most one report a second from a device
 * unless it completes (or un-completes) the title. Throws `ProgressInputError` listing every problem with the input.
 */
export function applyProgressUpdate(current: LwwRegister<ProgressValue> | undefined, update: ProgressUpdate, hlc: Hlc): ProgressOutcome {
  const problems = progressProblems(update);
  let stamp: Hlc | undefined;
  try {
    stamp = checkHlc(hlc);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  if (problems.length > 0 || !stamp) throw new ProgressInputError(problems);

  const position = Math.min(Math.max(update.positionSeconds, 0), update.durationSeconds);
  const value: ProgressValue = {
    positionSeconds: position,
    durationSeconds: update.durationSeconds,
    completed: position / update.durationSeconds > COMPLETED_SHARE,
  };
  const next = { value, hlc: stamp };
  if (!current) return { kind: 'applied', register: next };
  const order = compareHlc(stamp, current.hlc);
  if (order === 0) return { kind: 'duplicate', register: current };
  if (order < 0) return { kind: 'stale', register: current };
  const sameDevice = stamp.node === current.hlc.node;
  if (sameDevice && stamp.physical - current.hlc.physical < MIN_UPDATE_INTERVAL_MS && value.completed === current.value.completed) {
    return { kind: 'throttled', register: current };
  }
  return { kind: 'applied', register: next };
}

/** Every problem with a report's numbers (the timestamp is checked separately). */
export function progressProblems(update: ProgressUpdate): string[] {
  const problems: string[] = [];
  if (typeof update.durationSeconds !== 'number' || !Number.isFinite(update.durationSeconds) || update.durationSeconds <= 0 || update.durationSeconds > MAX_DURATION_SECONDS) {
    problems.push(`durationSeconds must be in (0, ${MAX_DURATION_SECONDS}], got ${String(update.durationSeconds)}`);
  }
  if (typeof update.positionSeconds !== 'number' || !Number.isFinite(update.positionSeconds) || update.positionSeconds < 0) {
    problems.push(`positionSeconds must be a non-negative number, got ${String(update.positionSeconds)}`);
  }
  return problems;
}

export class ProgressInputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'ProgressInputError';
  }
}
