import type { Redis } from 'ioredis';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { RATE_LIMIT_TIERS, type RateLimitTier } from './rateLimitTiers.js';

/**
 * What a request is limited by: a named tier (minute window plus per-second burst), or a bare per-minute limit
 * (API keys: `API_KEY_DEFAULT_PER_MINUTE` or the key's own). Passed on every call, so an upgraded user is limited
 * by the new tier on their very next request.
 */
export type RateLimitPolicy = { tier: RateLimitTier } | { perMinute: number };

/** Enough for `X-RateLimit-Limit`, `X-RateLimit-Remaining`, `X-RateLimit-Reset` and, when refused, `Retry-After`. */
export interface RateLimitDecision {
  allowed: boolean;
  /** The minute window's limit. */
  limit: number;
  /** Requests left in the current minute window (the limit itself while the store is unreachable). */
  remaining: number;
  /** Seconds until the minute window resets. */
  resetSeconds: number;
  /** Whole seconds (≥ 1) to wait before retrying when refused; `null` when allowed. */
  retryAfterSeconds: number | null;
}

export interface RateLimiterOptions {
  /**
   * Redis shared by every router replica, so limits hold across them. Omit for per-process counters (embedded
   * mode, tests). The caller owns the client: connects it, and quits it on shutdown.
   */
  redis?: Redis | undefined;
  /** Namespace for every counter key. @example 'mg:rl' */
  keyPrefix: string;
  /**
   * Told when the store failed or was too slow and the request was let through (the router logs it and counts
   * it for the "Redis down" alert). Errors it throws are ignored.
   */
  onStoreError?(error: unknown): void;
  /**
   * Longest wait for Redis before failing open, so a hung connection cannot stall every request.
   * @default 250
   */
  storeTimeoutMs?: number;
}

export interface RateLimiter {
  /** Counts one request by `subject` (e.g. `user:<id>`, `key:<apiKeyId>`, `ip:<addr>`) against `policy`. */
  consume(subject: string, policy: RateLimitPolicy): Promise<RateLimitDecision>;
}

/**
 * The extra allowance above `perSecond` renews every this many seconds. §6 asks for a token bucket; fixed windows
 * approximate it: at most `burst` in any one second, `perSecond` per second otherwise. The minute window bounds
 * sustained traffic well below either, so the approximation only shapes short spikes.
 */
const BURST_WINDOW_SECONDS = 10;

interface Windows {
  limit: number;
  minute: RateLimiterLike;
  second?: RateLimiterLike;
}

interface RateLimiterLike {
  consume(key: string): Promise<RateLimiterRes>;
}

type Outcome = { kind: 'passed' | 'limited'; res: RateLimiterRes } | { kind: 'failed'; error: unknown };

/**
 * Per-subject rate limiting on `rate-limiter-flexible` (spec §6, "Rate limits"): `RateLimiterRedis` when a Redis
 * client is given, `RateLimiterMemory` otherwise.
 *
 * When Redis fails, is not connected, or does not answer within `storeTimeoutMs`, the request is allowed and
 * `onStoreError` is called: fail open with an alert, as §6 says. We deliberately use no insurance limiter: it would
 * quietly enforce per-process limits (N replicas → N× the limit, and uneven by load balancing) while looking like
 * the real thing. A window that did answer "limited" still refuses; only unknown answers are let through.
 *
 * Keys are `<keyPrefix>:<policy>:<window>:<subject>`, where `<policy>` is the tier name or the per-minute number:
 * a tier change or a new API-key limit starts a fresh count instead of inheriting the old one.
 *
 * @throws TypeError for a bad option here, or a bad subject or policy in `consume` (caller misuse).
 */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { redis, keyPrefix, onStoreError } = options;
  if (typeof keyPrefix !== 'string' || keyPrefix.length === 0) throw new TypeError('options.keyPrefix must be a non-empty string');
  const storeTimeoutMs = options.storeTimeoutMs ?? 250;
  if (!Number.isFinite(storeTimeoutMs) || storeTimeoutMs <= 0) throw new TypeError(`options.storeTimeoutMs must be a positive number, got ${String(storeTimeoutMs)}`);

  const createWindow = (prefix: string, points: number, duration: number): RateLimiterRedis | RateLimiterMemory =>
    redis
      ? // rejectIfRedisNotReady: while ioredis reconnects, fail at once instead of queueing behind the reconnect.
        new RateLimiterRedis({ storeClient: redis, keyPrefix: prefix, points, duration, rejectIfRedisNotReady: true })
      : new RateLimiterMemory({ keyPrefix: prefix, points, duration });

  // One set of windows per distinct policy; API-key limits are few distinct numbers, so this stays small.
  const windowsByPolicy = new Map<string, Windows>();
  const windowsFor = (policy: RateLimitPolicy): Windows => {
    const id = policyId(policy);
    let windows = windowsByPolicy.get(id);
    if (!windows) {
      const prefix = `${keyPrefix}:${id}`;
      if ('tier' in policy) {
        const tier = RATE_LIMIT_TIERS[policy.tier];
        windows = {
          limit: tier.perMinute,
          minute: createWindow(`${prefix}:m`, tier.perMinute, 60),
          second: new BurstyRateLimiter(
            createWindow(`${prefix}:s`, tier.perSecond, 1),
            createWindow(`${prefix}:b`, tier.burst - tier.perSecond, BURST_WINDOW_SECONDS),
          ),
        };
      } else {
        windows = { limit: policy.perMinute, minute: createWindow(`${prefix}:m`, policy.perMinute, 60) };
      }
      windowsByPolicy.set(id, windows);
    }
    return windows;
  };

  const attempt = async (window: RateLimiterLike, subject: string): Promise<Outcome> => {
    const consumed = window.consume(subject).then(
      (res): Outcome => ({ kind: 'passed', res }),
      (reason: unknown): Outcome => (reason instanceof RateLimiterRes ? { kind: 'limited', res: reason } : { kind: 'failed', error: reason }),
    );
    // Memory counters do no I/O; only a store can hang.
    if (!redis) return consumed;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<Outcome>((resolve) => {
      timer = setTimeout(
        () => resolve({ kind: 'failed', error: new Error(`The rate limit store did not answer within ${storeTimeoutMs} ms`) }),
        storeTimeoutMs,
      );
    });
    try {
      return await Promise.race([consumed, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    async consume(subject, policy) {
      if (typeof subject !== 'string' || subject.length === 0) throw new TypeError('subject must be a non-empty string');
      const windows = windowsFor(policy);
      const [minute, second] = await Promise.all([
        attempt(windows.minute, subject),
        windows.second ? attempt(windows.second, subject) : undefined,
      ]);
      const failure = [minute, second].find((o) => o?.kind === 'failed');
      if (failure?.kind === 'failed') {
        try {
          onStoreError?.(failure.error);
        } catch {
          // A broken logger must not turn "allow" into a 500.
        }
      }
      return decide(windows.limit, minute, second);
    },
  };
}

function decide(limit: number, minute: Outcome, second: Outcome | undefined): RateLimitDecision {
  const minuteRes = minute.kind === 'failed' ? undefined : minute.res;
  const limited = [minute, second].flatMap((o) => (o?.kind === 'limited' ? [o.res] : []));
  return {
    allowed: limited.length === 0,
    limit,
    remaining: minuteRes ? minuteRes.remainingPoints : limit,
    resetSeconds: minuteRes ? toSeconds(minuteRes.msBeforeNext) : 60,
    // Refused by both windows means waiting for the later one; by the burst window alone, for the next second.
    retryAfterSeconds: limited.length === 0 ? null : Math.max(1, ...limited.map((res) => toSeconds(res.msBeforeNext))),
  };
}

function toSeconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}

function policyId(policy: RateLimitPolicy): string {
  if (typeof policy !== 'object' || policy === null) throw new TypeError('policy must be { tier } or { perMinute }');
  if ('tier' in policy) {
    if (!Object.hasOwn(RATE_LIMIT_TIERS, policy.tier)) {
      throw new TypeError(`policy.tier must be one of ${Object.keys(RATE_LIMIT_TIERS).join(', ')}, got ${JSON.stringify(policy.tier)}`);
    }
    return policy.tier;
  }
  if (!Number.isInteger(policy.perMinute) || policy.perMinute < 1) {
    throw new TypeError(`policy.perMinute must be a positive integer, got ${String(policy.perMinute)}`);
  }
  return `pm${policy.perMinute}`;
}
