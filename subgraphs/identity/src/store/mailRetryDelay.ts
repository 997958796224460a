export interface MailRetryPolicy {
  /** Wait after the first failure. @default 1000 */
  baseDelayMs: number;
  /** Longest wait between two attempts. @default 900000 (15 min) */
  maxDelayMs: number;
}

export const DEFAULT_MAIL_RETRY_POLICY: MailRetryPolicy = { baseDelayMs: 1000, maxDelayMs: 15 * 60_000 };

/**
 * How long to wait before attempt `failures + 1` of a message that failed `failures` times: doubling from
 * `baseDelayMs`, capped at `maxDelayMs` (1 s, 2 s, 4 s, … 15 min with the defaults). No jitter: the relay sends one
 * row at a time, so retries do not arrive at the server in a burst.
 */
export function mailRetryDelay(failures: number, policy: MailRetryPolicy = DEFAULT_MAIL_RETRY_POLICY): number {
  if (!Number.isInteger(failures) || failures < 1) throw new TypeError(`mailRetryDelay: \`failures\` must be a positive integer, got ${failures}`);
  // 2 ** 40 already exceeds any sane cap; stopping the exponent there keeps the number finite.
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(failures - 1, 40));
}
