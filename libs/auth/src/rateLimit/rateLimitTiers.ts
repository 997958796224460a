import type { Role } from '../scopes/Role.js';

export interface RateLimitTierLimits {
  /** Requests per fixed minute window: what `X-RateLimit-Limit` reports. */
  perMinute: number;
  /** Sustained requests per second. */
  perSecond: number;
  /** Most requests allowed within a single second. */
  burst: number;
}

/**
 * The canonical tiers of spec §6 ("Rate limits"; §6 calls the third tier "pro", the product calls it premium).
 * Only the minute and second windows are enforced; the spec's hourly and daily quotas are not yet.
 */
export const RATE_LIMIT_TIERS = {
  anonymous: { perMinute: 100, perSecond: 5, burst: 10 },
  free: { perMinute: 200, perSecond: 10, burst: 20 },
  premium: { perMinute: 1000, perSecond: 50, burst: 100 },
  enterprise: { perMinute: 5000, perSecond: 200, burst: 500 },
} as const satisfies Record<string, RateLimitTierLimits>;

export type RateLimitTier = keyof typeof RATE_LIMIT_TIERS;

/** An API key's limit unless the key carries its own (spec §6, "API keys"). */
export const API_KEY_DEFAULT_PER_MINUTE = 60;

/**
 * The tier each role is limited at. §6 does not map roles to tiers; admins and service accounts get the highest,
 * so operators and internal jobs are not throttled like end users.
 */
export const RATE_LIMIT_TIER_FOR_ROLE = {
  anonymous: 'anonymous',
  free: 'free',
  premium: 'premium',
  admin: 'enterprise',
  service: 'enterprise',
} as const satisfies Record<Role, RateLimitTier>;
