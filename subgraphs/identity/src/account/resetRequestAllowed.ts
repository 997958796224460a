import { countRecent } from '../lib/countRecent.js';

/** §6: "3 requests per email per hour". */
export const RESET_REQUESTS_PER_HOUR = 3;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Whether one more password-reset email may go to this address, given when earlier requests were made.
 *
 * A refusal must not change the answer the client sees: `forgot` always reports success (§6, no account
 * enumeration), so the caller simply sends nothing.
 */
export function resetRequestAllowed(recentRequestTimes: readonly Date[], now: Date): boolean {
  return countRecent(recentRequestTimes, now, HOUR_MS) < RESET_REQUESTS_PER_HOUR;
}
