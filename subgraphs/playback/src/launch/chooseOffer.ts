import type { TitleOffer } from './TitleOffer.js';

export interface OfferChoiceInput {
  /** Upper-case ISO 3166-1 alpha-2 code. */
  region: string;
  /** The platform the caller asked for (lower-case catalog id), or null to choose. */
  platform: string | null;
  /** The viewer's subscriptions, in their order of preference (identity's `subscribedPlatforms`). */
  subscribedPlatforms: readonly string[];
  now: number;
}

/** Best first: free beats a subscription, and paying per title comes last (only on a platform the caller names). */
const TYPE_RANK: Readonly<Record<string, number>> = { FREE: 0, SUBSCRIPTION: 1, RENTAL: 2, PURCHASE: 3 };

/**
 * The offer `initiatePlayback` launches (PRODUCT_SPEC §10), or null (NOT_AVAILABLE). Only offers that can play
 * here and now count: valid in `region` (or worldwide), inside their availability window, and with a launch link.
 *
 * - A named platform: its best offer (FREE > SUBSCRIPTION > RENTAL > PURCHASE), or null when it does not carry the
 *   title in the region — no quiet switch to another platform.
 * - Otherwise the best FREE or SUBSCRIPTION offer on one of the viewer's subscribed platforms (FREE first, then the
 *   viewer's order of platforms), falling back to a FREE offer on any platform. Rentals and purchases are never
 *   picked for the viewer: they cost money, so the caller has to ask for the platform.
 */
export function chooseOffer(offers: readonly TitleOffer[], input: OfferChoiceInput): TitleOffer | null {
  const playable = offers.filter((offer) => isPlayable(offer, input.region, input.now));
  if (input.platform !== null) {
    return best(playable.filter((offer) => offer.platformId === input.platform), () => 0);
  }
  const preference = (offer: TitleOffer) => input.subscribedPlatforms.indexOf(offer.platformId);
  const subscribed = playable.filter(
    (offer) => preference(offer) !== -1 && (offer.availabilityType === 'FREE' || offer.availabilityType === 'SUBSCRIPTION'),
  );
  return best(subscribed, preference) ?? best(playable.filter((offer) => offer.availabilityType === 'FREE'), () => 0);
}

/** Valid in the region, inside its window, and launchable. */
export function isPlayable(offer: TitleOffer, region: string, now: number): boolean {
  if (offer.webUrl === null) return false;
  if (offer.regions.length > 0 && !offer.regions.includes(region)) return false;
  if (offer.availableFrom !== null && offer.availableFrom > now) return false;
  return offer.expiresAt === null || offer.expiresAt > now;
}

/** The lowest (type rank, tie-break) offer; the catalog's order decides what is left. */
function best(offers: readonly TitleOffer[], tieBreak: (offer: TitleOffer) => number): TitleOffer | null {
  let chosen: TitleOffer | null = null;
  for (const offer of offers) {
    if (chosen === null || compare(offer, chosen, tieBreak) < 0) chosen = offer;
  }
  return chosen;
}

function compare(a: TitleOffer, b: TitleOffer, tieBreak: (offer: TitleOffer) => number): number {
  return rank(a) - rank(b) || tieBreak(a) - tieBreak(b);
}

function rank(offer: TitleOffer): number {
  return TYPE_RANK[offer.availabilityType] ?? Number.MAX_SAFE_INTEGER;
}
