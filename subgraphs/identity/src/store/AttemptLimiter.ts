import type { MfaAttemptDecision } from '../mfa/MfaAttemptPolicy.js';

/**
 * Counts guesses at a short secret (TOTP and backup codes per user, the parental PIN per profile, the current
 * password on change) under `MfaAttemptPolicy`: at most 5 failures a minute, forgotten on success (§6).
 */
export interface AttemptLimiter {
  /**
   * Refuses the attempt when `key` already has the maximum of recent failures; otherwise counts it as a failure
   * before the secret is checked. Counting first means parallel guesses cannot all slip past the check; `reset`
   * after a success forgets them all, the provisional one included.
   */
  begin(key: string, now: Date): Promise<MfaAttemptDecision>;
  reset(key: string): Promise<void>;
}
