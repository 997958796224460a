import type { AvailabilityType } from '../../vocabulary/catalogTypes.js';

/**
 * How a query asks for a kind of offer (PRODUCT_SPEC §2 `availability_type`). "free" means FREE (ad-supported),
 * not "included in a subscription I already pay for"; that is SUBSCRIPTION.
 */
export const AVAILABILITY_TERMS: ReadonlyMap<string, AvailabilityType> = new Map<string, AvailabilityType>([
  ...['free', 'for free', 'free to watch', 'free with ads', 'ad-supported', 'with ads', 'avod', 'without paying'].map(
    (p): [string, AvailabilityType] => [p, 'FREE'],
  ),
  ...['to rent', 'for rent', 'rent', 'rental', 'rentals', 'renting', 'rentable'].map((p): [string, AvailabilityType] => [p, 'RENTAL']),
  ...['to buy', 'for sale', 'buy', 'to purchase', 'for purchase', 'purchase', 'to own'].map((p): [string, AvailabilityType] => [p, 'PURCHASE']),
  ...[
    'with my subscription', 'on my subscription', 'with a subscription', 'with subscription', 'included with',
    'included in', 'included', 'subscription',
  ].map((p): [string, AvailabilityType] => [p, 'SUBSCRIPTION']),
]);
