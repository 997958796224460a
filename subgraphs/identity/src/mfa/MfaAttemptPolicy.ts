import { countRecent, secondsUntilBelowLimit } from '../lib/countRecent.js';

export type MfaAttemptDecision = { allowed: true; retryAfterSeconds?: undefined } | { allowed: false; retryAfterSeconds: number };

const MAX_FAILURES = 5;
const WINDOW_MS = 60_000;

/**
 * §6: at most 5 MFA attempts per minute per user (`mfa:attempts:{user}`), with the counter reset on success.
 *
 * Pure functions over the user's recent failure times; the store keeps the list (a Redis list or sorted set with a
 * one-minute TTL). Only failures count: a success empties the list, so a user who gets in is never slowed down.
 *
 *   check(failures, now)            before verifying a TOTP or backup code
 *   record(failures, outcome, now)  after, to get the list to store
 *
 * Worked example: failures at 10:00:00, :10, :20, :30, :40. At 10:00:50 `check` refuses with retryAfterSeconds 10
 * (the 10:00:00 failure leaves the window at 10:01:00); at 10:01:00 it allows one more try.
 */
export const MfaAttemptPolicy = Object.freeze({
  MAX_FAILURES,
  WINDOW_MS,

  check(failures: readonly Date[], now: Date): MfaAttemptDecision {
    if (countRecent(failures, now, WINDOW_MS) < MAX_FAILURES) return { allowed: true };
    return { allowed: false, retryAfterSeconds: secondsUntilBelowLimit(failures, now, WINDOW_MS, MAX_FAILURES) };
  },

  /** The failure list to store after an attempt: emptied on success, otherwise pruned to the window plus `now`. */
  record(failures: readonly Date[], outcome: 'success' | 'failure', now: Date): Date[] {
    if (outcome === 'success') return [];
    const since = now.getTime() - WINDOW_MS;
    return [...failures.filter((t) => t.getTime() > since), now];
  },
});
