import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { OAuthLimitBucket, ResolvedOAuthLimits } from './OAuthLimits.js';

/** Enough for `X-RateLimit-*` on every capped answer and `Retry-After` on a refusal. */
export interface OAuthLimitDecision {
  allowed: boolean;
  /** The bucket's per-minute cap. */
  limit: number;
  /** Requests left in the current window (the cap itself while the store is unreachable). */
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
  /** Whole seconds (≥ 1) to wait before retrying when refused; `null` when allowed. */
  retryAfterSeconds: number | null;
}

export interface OAuthRateLimiter {
  /** Counts one request by `subject` in `bucket`'s one-minute window. */
  consume(bucket: OAuthLimitBucket, subject: string): Promise<OAuthLimitDecision>;
  /**
   * Gives back the request `consume` just counted (a user code that turned out right). Should the window end in
   * between, the next one starts one request lower: harmless.
   */
  refund(bucket: OAuthLimitBucket, subject: string): Promise<void>;
}

const WINDOW_SECONDS = 60;

type Outcome = { kind: 'passed' | 'limited'; res: RateLimiterRes } | { kind: 'failed'; error: unknown };

/**
 * One-minute fixed windows per bucket on `rate-limiter-flexible`: `RateLimiterRedis` when a Redis client is given
 * (shared by every replica), `RateLimiterMemory` otherwise. Keys are `<keyPrefix>:<bucket>:<subject>`.
 *
 * When Redis fails, is reconnecting, or does not answer within `storeTimeoutMs`, the request is let through and
 * `onStoreError` is told: fail open with an alert (§6), as the router's GraphQL limiter does. There is deliberately
 * no in-memory insurance limiter: with N replicas it would quietly allow N times the cap while looking like the real
 * thing. The guessing these caps slow down stays hopeless without them for the minutes Redis is away (a user code is
 * one of 20^8, a device code 384 random bits), so availability wins.
 */
export function createOAuthRateLimiter(limits: Pick<ResolvedOAuthLimits, 'redis' | 'keyPrefix' | 'perMinute' | 'storeTimeoutMs' | 'onStoreError'>): OAuthRateLimiter {
  const { redis, keyPrefix, perMinute, storeTimeoutMs } = limits;
  const windows = new Map<OAuthLimitBucket, RateLimiterMemory | RateLimiterRedis>();
  const windowOf = (bucket: OAuthLimitBucket) => {
    let window = windows.get(bucket);
    if (!window) {
      const options = { keyPrefix: `${keyPrefix}:${bucket}`, points: perMinute[bucket], duration: WINDOW_SECONDS };
      // rejectIfRedisNotReady: while ioredis reconnects, fail at once instead of queueing behind the reconnect.
      window = redis ? new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true }) : new RateLimiterMemory(options);
      windows.set(bucket, window);
    }
    return window;
  };
  const storeFailed = (error: unknown) => {
    try {
      limits.onStoreError?.(error);
    } catch {
      // A broken logger must not turn "let through" into a 500.
    }
  };

  const withTimeout = async <T>(work: Promise<T>, fallback: (error: Error) => T): Promise<T> => {
    // Memory counters do no I/O; only a store can hang.
    if (!redis) return work;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<T>((resolve) => {
      timer = setTimeout(() => resolve(fallback(new Error(`The OAuth rate limit store did not answer within ${storeTimeoutMs} ms`))), storeTimeoutMs);
    });
    try {
      return await Promise.race([work, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async consume(bucket, subject) {
      const limit = perMinute[bucket];
      const outcome = await withTimeout<Outcome>(
        windowOf(bucket)
          .consume(subject)
          .then(
            (res): Outcome => ({ kind: 'passed', res }),
            (reason: unknown): Outcome => (reason instanceof RateLimiterRes ? { kind: 'limited', res: reason } : { kind: 'failed', error: reason }),
          ),
        (error) => ({ kind: 'failed', error }),
      );
      if (outcome.kind === 'failed') {
        storeFailed(outcome.error);
        return { allowed: true, limit, remaining: limit, resetSeconds: WINDOW_SECONDS, retryAfterSeconds: null };
      }
      const resetSeconds = Math.max(0, Math.ceil(outcome.res.msBeforeNext / 1000));
      return {
        allowed: outcome.kind === 'passed',
        limit,
        remaining: outcome.res.remainingPoints,
        resetSeconds,
        retryAfterSeconds: outcome.kind === 'passed' ? null : Math.max(1, resetSeconds),
      };
    },
    async refund(bucket, subject) {
      const failure = await withTimeout<unknown>(
        windowOf(bucket)
          .reward(subject, 1)
          .then(() => undefined, (error: unknown) => error ?? new Error('reward failed')),
        (error) => error,
      );
      if (failure !== undefined) storeFailed(failure);
    },
  };
}
