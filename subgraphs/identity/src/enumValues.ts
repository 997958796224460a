import { CONTENT_RATINGS, type ContentRating } from './lib/contentRating.js';
import type { ConsentPurpose } from './preferences/PrivacyConsents.js';

/**
 * The internal values of the schema's enums: what resolvers receive in arguments and return for enum fields.
 * GraphQL spells enum values in upper case; storage keeps its own spelling, so the mapping lives here, once, and
 * `buildIdentitySchema` installs it as enum resolvers. Codegen reads the types below (see `codegen.yml`).
 */

/** `user.role` as stored (lower case, the `Role` of `@media-gateway/auth` minus `anonymous`). */
export type RoleValue = 'free' | 'premium' | 'admin' | 'service';
/** `user.status` as stored. */
export type UserStatusValue = 'active' | 'suspended';
/** Rank on G < PG < PG-13 < R < NC-17: the scale `parental_controls.rating_limit_rank` and the catalog use. */
export type RatingRank = 0 | 1 | 2 | 3 | 4;
/** `privacy_consent.purpose` as stored (snake case, see the Prisma schema). */
export type StoredConsentPurpose = 'analytics' | 'personalization' | 'cross_device_sync' | 'history_retention';

export const ROLE_VALUES = { FREE: 'free', PREMIUM: 'premium', ADMIN: 'admin', SERVICE: 'service' } as const satisfies Record<string, RoleValue>;
export const USER_STATUS_VALUES = { ACTIVE: 'active', SUSPENDED: 'suspended' } as const satisfies Record<string, UserStatusValue>;
export const RATING_RANK_VALUES = { G: 0, PG: 1, PG_13: 2, R: 3, NC_17: 4 } as const satisfies Record<ContentRating, RatingRank>;
export const CONSENT_PURPOSE_VALUES = {
  ANALYTICS: 'analytics',
  PERSONALIZATION: 'personalization',
  CROSS_DEVICE_SYNC: 'cross_device_sync',
  HISTORY_RETENTION: 'history_retention',
} as const satisfies Record<string, StoredConsentPurpose>;

/** Stored purpose ↔ the domain's camel-case key (`preferences/PrivacyConsents.ts`). */
export const DOMAIN_PURPOSE: Readonly<Record<StoredConsentPurpose, ConsentPurpose>> = Object.freeze({
  analytics: 'analytics',
  personalization: 'personalization',
  cross_device_sync: 'crossDeviceSync',
  history_retention: 'historyRetention',
});

export function storedPurpose(purpose: ConsentPurpose): StoredConsentPurpose {
  const found = (Object.keys(DOMAIN_PURPOSE) as StoredConsentPurpose[]).find((stored) => DOMAIN_PURPOSE[stored] === purpose);
  if (!found) throw new TypeError(`no stored spelling for consent purpose ${purpose}`);
  return found;
}

export function isStoredConsentPurpose(value: string): value is StoredConsentPurpose {
  return Object.hasOwn(DOMAIN_PURPOSE, value);
}

/** The rating name the domain functions take, for a rank from the schema or the database. */
export function ratingName(rank: number): ContentRating | null {
  return CONTENT_RATINGS[rank] ?? null;
}

export function ratingRankOf(rating: ContentRating): RatingRank {
  return RATING_RANK_VALUES[rating];
}

/**
 * A stored role as the schema can show it. Roles are text so new ones need no migration (Prisma schema); one the
 * schema does not know yet is shown as FREE, the least privileged, rather than failing the whole `User`.
 */
export function roleValue(stored: string): RoleValue {
  return (Object.values(ROLE_VALUES) as string[]).includes(stored) ? (stored as RoleValue) : 'free';
}

/** Access checks compare the stored text with 'active'; a status the schema does not know is not shown as ACTIVE. */
export function userStatusValue(stored: string): UserStatusValue {
  return stored === 'active' ? 'active' : 'suspended';
}

/** A stored rank as the schema's enum value; anything off the scale (never written by this service) is no limit. */
export function asRatingRank(rank: number | null): RatingRank | null {
  return rank !== null && Number.isInteger(rank) && rank >= 0 && rank <= 4 ? (rank as RatingRank) : null;
}
