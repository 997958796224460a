import type { CatalogContext } from '../CatalogContext.js';
import type { OfferRecord, PlatformRecord, TitleRecord } from '../store/CatalogStore.js';
import { badUserInput } from '../errors.js';
import { parseRegion } from './regions.js';
import { buildDeepLink } from './buildDeepLink.js';

type RegionalOffer = OfferRecord & { region: string };

export const availabilityResolvers = {
  Query: {
    platforms(_: unknown, args: { region?: string | null }, ctx: CatalogContext) {
      const all = [...ctx.platforms.values()];
      if (args.region == null) return all;
      const region = parseRegion(args.region);
      if (!region) throw badUserInput([`region must be an ISO 3166-1 alpha-2 code such as "US", got ${JSON.stringify(args.region.slice(0, 16))}`]);
      return all.filter((p) => p.regions.length === 0 || p.regions.includes(region));
    },
  },

  Title: {
    async availability(title: TitleRecord, args: { region: string }, ctx: CatalogContext): Promise<RegionalOffer[]> {
      const region = parseRegion(args.region);
      if (!region) throw badUserInput([`region must be an ISO 3166-1 alpha-2 code such as "US", got ${JSON.stringify(args.region.slice(0, 16))}`]);
      const offers = await ctx.availability.load({ titleId: title.id, region });
      return offers.map((offer) => ({ ...offer, region }));
    },
  },

  Offer: {
    platform: (offer: RegionalOffer, _: unknown, ctx: CatalogContext) => ctx.platforms.get(offer.platformId),
    price: (offer: RegionalOffer) =>
      offer.priceAmount !== null && offer.priceCurrency ? { amount: offer.priceAmount, currency: offer.priceCurrency } : null,
    deepLink(offer: RegionalOffer, _: unknown, ctx: CatalogContext) {
      const platform = ctx.platforms.get(offer.platformId);
      if (!platform) return { appUrl: null, webUrl: offer.webUrl ?? '' };
      return buildDeepLink(toPlatformDef(platform), offer.platformTitleId, { sourceWebUrl: offer.webUrl });
    },
  },

  Platform: {
    worldwide: (platform: PlatformRecord) => platform.regions.length === 0,
  },
};

function toPlatformDef(platform: PlatformRecord) {
  return { ...platform, searchUrlTemplate: platform.searchUrlTemplate ?? platform.webUrlTemplate ?? '' };
}
