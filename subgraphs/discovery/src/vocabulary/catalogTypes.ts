/** The catalog's `ContentType` enum (PRODUCT_SPEC §2), spelled as GraphQL spells it. */
export const CONTENT_TYPES = ['MOVIE', 'SERIES'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** The catalog's `AvailabilityType` enum (§2 `availability_type`; FREE is ad-supported). */
export const AVAILABILITY_TYPES = ['SUBSCRIPTION', 'RENTAL', 'PURCHASE', 'FREE'] as const;
export type AvailabilityType = (typeof AVAILABILITY_TYPES)[number];

/** How an availability type reads in a match reason ("free on YouTube"). */
export const AVAILABILITY_LABELS: Readonly<Record<AvailabilityType, string>> = Object.freeze({
  SUBSCRIPTION: 'with a subscription',
  RENTAL: 'to rent',
  PURCHASE: 'to buy',
  FREE: 'free',
});
