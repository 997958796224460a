/** §6: a verification email is re-sent at most once per minute per address. */
export const RESEND_INTERVAL_MS = 60_000;

/**
 * True when a verification email went to this address less than a minute ago, so another must not be sent yet.
 * Throttling is per address, not per account or IP, because the thing protected is the recipient's inbox.
 */
export function shouldThrottleResend(lastSentAt: Date | null, now: Date): boolean {
  if (lastSentAt === null) return false;
  return now.getTime() - lastSentAt.getTime() < RESEND_INTERVAL_MS;
}
