import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** §11 "Auth and limits": requests per window, by who is calling. */
export interface CallLimits {
  /** Per signed-in user. @default 1000 */
  authenticated: number;
  /** Per anonymous client (its IP over HTTP). @default 100 */
  anonymous: number;
  /** @default 900 (15 min) */
  windowSeconds: number;
}

export const DEFAULT_CALL_LIMITS: Readonly<CallLimits> = Object.freeze({ authenticated: 1000, anonymous: 100, windowSeconds: 900 });

export interface CallLimiterOptions {
  limits?: Partial<CallLimits>;
  /**
   * Shared counters across bridge replicas; omit for per-process counters. The caller owns the client (connects it,
   * quits it).
   */
  redis?: Redis | undefined;
  /** @default 'mg:mcp:rl' */
  keyPrefix?: string;
  /**
   * Longest wait for Redis before letting the call through, so a hung store cannot stall every agent.
   * @default 250
   */
  storeTimeoutMs?: number;
  /** Told when the store failed and the call was let through (fail open, as the router does, §6). */
  onStoreError?(error: unknown): void;
}

export interface CallDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds (≥ 1) to wait when refused. */
  retryAfterSeconds?: number;
}

export interface CallLimiter {
  /** Counts one call by `subject` (`sub:<user>`, `ip:<addr>`, `token:<hash>`, `local`). */
  consume(subject: string, authenticated: boolean): Promise<CallDecision>;
}

/**
 * Fixed-window counters on `rate-limiter-flexible`: Redis when given (limits hold across replicas), memory otherwise.
 * Like `@media-gateway/auth`'s limiter, it fails open on a store error rather than using an insurance limiter, which
 * would quietly enforce per-process limits while looking like the shared ones.
 */
export function createCallLimiter(options: CallLimiterOptions = {}): CallLimiter {
  const limits: CallLimits = { ...DEFAULT_CALL_LIMITS, ...options.limits };
  for (const key of ['authenticated', 'anonymous', 'windowSeconds'] as const) {
    if (!Number.isInteger(limits[key]) || limits[key] < 1) throw new TypeError(`options.limits.${key} must be a positive integer, got ${String(limits[key])}`);
  }
  const keyPrefix = options.keyPrefix ?? 'mg:mcp:rl';
  const storeTimeoutMs = options.storeTimeoutMs ?? 250;
  const create = (name: string, points: number) =>
    options.redis
      ? new RateLimiterRedis({ storeClient: options.redis, keyPrefix: `${keyPrefix}:${name}`, points, duration: limits.windowSeconds, rejectIfRedisNotReady: true })
      : new RateLimiterMemory({ keyPrefix: `${keyPrefix}:${name}`, points, duration: limits.windowSeconds });
  const windows = { authenticated: create('auth', limits.authenticated), anonymous: create('anon', limits.anonymous) };

  return {
    async consume(subject, authenticated) {
      const limit = authenticated ? limits.authenticated : limits.anonymous;
      const window = authenticated ? windows.authenticated : windows.anonymous;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Memory counters do no I/O; only a store can hang.
      const timedOut = () =>
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`the rate limit store did not answer within ${storeTimeoutMs} ms`)), storeTimeoutMs);
        });
      try {
        const res = await (options.redis ? Promise.race([window.consume(subject), timedOut()]) : window.consume(subject));
        return { allowed: true, limit, remaining: res.remainingPoints };
      } catch (reason) {
        if (reason instanceof RateLimiterRes) {
          return { allowed: false, limit, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(reason.msBeforeNext / 1000)) };
        }
        try {
          options.onStoreError?.(reason);
        } catch {
          // A broken logger must not refuse the call.
        }
        return { allowed: true, limit, remaining: limit };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
