/**
 * How a failing handler is retried. Delays double from `initialDelayMs` up to `maxDelayMs`. After `maxAttempts`
 * failures the event is given up for that group (logged at error with the event id) so one poison event cannot stall
 * the group forever; `Infinity` keeps retrying instead. Other groups are never held up either way.
 */
export interface RetryPolicy {
  /** @default 100 */
  initialDelayMs: number;
  /** @default 30000 */
  maxDelayMs: number;
  /** @default 10 */
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({ initialDelayMs: 100, maxDelayMs: 30_000, maxAttempts: 10 });

/** Fills defaults and rejects nonsense at construction, naming the option. */
export function resolveRetryPolicy(partial: Partial<RetryPolicy> = {}, owner: string): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...partial };
  const check = (name: keyof RetryPolicy, ok: boolean) => {
    if (!ok) throw new TypeError(`${owner}: \`retry.${name}\` is invalid, got ${String(policy[name])}`);
  };
  check('initialDelayMs', Number.isFinite(policy.initialDelayMs) && policy.initialDelayMs >= 0);
  check('maxDelayMs', Number.isFinite(policy.maxDelayMs) && policy.maxDelayMs >= policy.initialDelayMs);
  check('maxAttempts', policy.maxAttempts === Infinity || (Number.isInteger(policy.maxAttempts) && policy.maxAttempts >= 1));
  return policy;
}
