import type { Redis } from 'ioredis';

/**
 * The capped requests of the authorization server (§6 "Per-endpoint caps" and the identity issue's "device-code
 * guessing is rate-limited"), each counted in its own one-minute window:
 *
 * - `token`: `POST <issuer>/token` per client and client IP, except device-code polls;
 * - `devicePoll`: device-code polls at `<issuer>/token`, per device code;
 * - `deviceAuthorization`: `POST <issuer>/device/auth` per client IP;
 * - `userCode`: user codes submitted on the verification page `/activate` per client IP (only wrong ones stay counted).
 */
export type OAuthLimitBucket = 'token' | 'devicePoll' | 'deviceAuthorization' | 'userCode';

/** Requests allowed per minute in each bucket. */
export interface OAuthLimits {
  /**
   * Token requests per client and IP: one user's sign-ins and refreshes, or one service's client-credentials calls.
   * Keyed by client *and* IP so that everyone using the `web` client is not locked out by one noisy address.
   * @default 10 (§6 "`/token` 10/min per client")
   */
  token: number;
  /**
   * Device-code polls per device code. The device is meant to poll every 5 s, which is exactly 12 a minute; faster
   * pollers already get `slow_down` from `deviceFlowPolicy`, this is the hard stop behind it.
   * @default 12 (§6 "at most 12 polls/min per code")
   */
  devicePoll: number;
  /**
   * Device authorization requests per IP. Every request creates a live user code, and the more live codes there
   * are, the likelier a guessed one hits: the cap protects the code space as much as the database.
   * @default 5 (§6 "`/device` 5/min")
   */
  deviceAuthorization: number;
  /**
   * Wrong user codes per IP on `/activate`. A right code costs nothing, so a user who types it correctly (or
   * connects several devices in a row) is never slowed down.
   * @default 5
   */
  userCode: number;
}

export const DEFAULT_OAUTH_LIMITS: Readonly<OAuthLimits> = Object.freeze({ token: 10, devicePoll: 12, deviceAuthorization: 5, userCode: 5 });

/** `mountOidcProvider`'s `limits` option. Everything is optional: without it the caps are on, counted in memory. */
export interface OAuthLimitsOptions {
  /**
   * Set `false` to serve the endpoints uncapped (a test that makes many token calls on purpose). Independent of the
   * router's `RATE_LIMIT_ENABLED`, which governs the GraphQL API's tiers: these caps guard credentials against
   * guessing and stay on wherever the OAuth server runs.
   * @default true
   */
  enabled?: boolean;
  /**
   * Redis shared by every replica, so a cap holds across them. Omit for per-process counters (embedded mode). The
   * caller owns the client: connects it, and quits it on shutdown.
   */
  redis?: Redis;
  /**
   * Namespace of every counter key; give each deployment (or test run) sharing a Redis its own.
   * @default 'mg:oauth:rl'
   */
  keyPrefix?: string;
  /** Overrides of the per-minute caps. @default DEFAULT_OAUTH_LIMITS */
  perMinute?: Partial<OAuthLimits>;
  /**
   * Longest wait for Redis before letting the request through (§6: fail open, with an alert).
   * @default 250
   */
  storeTimeoutMs?: number;
  /**
   * Told when the store failed and a request was let through uncounted. Errors it throws are ignored.
   * @default a warning on the Fastify app's logger
   */
  onStoreError?(error: unknown): void;
}

/** `OAuthLimitsOptions` with the defaults applied and checked. */
export interface ResolvedOAuthLimits {
  enabled: boolean;
  redis: Redis | undefined;
  keyPrefix: string;
  perMinute: OAuthLimits;
  storeTimeoutMs: number;
  onStoreError: ((error: unknown) => void) | undefined;
}

const BUCKETS: readonly OAuthLimitBucket[] = ['token', 'devicePoll', 'deviceAuthorization', 'userCode'];

/**
 * Applies the defaults and validates, at mount time, so a bad value stops the start instead of a request.
 *
 * @throws TypeError naming the option (`limits.perMinute.token`, ...) and the bad value.
 */
export function resolveOAuthLimits(options: OAuthLimitsOptions = {}): ResolvedOAuthLimits {
  const perMinute: OAuthLimits = { ...DEFAULT_OAUTH_LIMITS };
  for (const bucket of BUCKETS) {
    const value = options.perMinute?.[bucket];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 1) {
      throw new TypeError(`mountOidcProvider: \`limits.perMinute.${bucket}\` must be a positive integer, got ${String(value)}`);
    }
    perMinute[bucket] = value;
  }
  const unknown = Object.keys(options.perMinute ?? {}).filter((key) => !BUCKETS.includes(key as OAuthLimitBucket));
  if (unknown.length > 0) {
    throw new TypeError(`mountOidcProvider: \`limits.perMinute\` has unknown caps ${unknown.join(', ')}; known: ${BUCKETS.join(', ')}`);
  }
  const keyPrefix = options.keyPrefix ?? 'mg:oauth:rl';
  if (typeof keyPrefix !== 'string' || keyPrefix.length === 0) {
    throw new TypeError(`mountOidcProvider: \`limits.keyPrefix\` must be a non-empty string, got ${JSON.stringify(keyPrefix)}`);
  }
  const storeTimeoutMs = options.storeTimeoutMs ?? 250;
  if (!Number.isFinite(storeTimeoutMs) || storeTimeoutMs <= 0) {
    throw new TypeError(`mountOidcProvider: \`limits.storeTimeoutMs\` must be a positive number, got ${String(storeTimeoutMs)}`);
  }
  if (options.enabled !== undefined && typeof options.enabled !== 'boolean') {
    throw new TypeError(`mountOidcProvider: \`limits.enabled\` must be a boolean, got ${JSON.stringify(options.enabled)}`);
  }
  return {
    enabled: options.enabled ?? true,
    redis: options.redis,
    keyPrefix,
    perMinute,
    storeTimeoutMs,
    onStoreError: options.onStoreError,
  };
}
