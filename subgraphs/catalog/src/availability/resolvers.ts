import type { OfferResolvers, PlatformResolvers, QueryResolvers, TitleResolvers } from '../generated/resolvers.js';
import type { PlatformRecord } from '../store/CatalogStore.js';
import { badUserInput } from '../errors.js';
import { parseRegion } from '@media-gateway/events';
import { buildDeepLink } from './buildDeepLink.js';

export const availabilityResolvers: {
  Query: Pick<QueryResolvers, 'platforms'>;
  Title: Pick<TitleResolvers, 'availability'>;
  Offer: OfferResolvers;
  Platform: PlatformResolvers;
} = {
  Query: {
    platforms(_, args, ctx) {
      const all = [...ctx.platforms.values()];
      if (args.region == null) return all;
      const region = parseRegion(args.region);
      if (!region) throw badUserInput([`region must be an ISO 3166-1 alpha-2 code such as "US", got ${JSON.stringify(args.region.slice(0, 16))}`]);
      return all.filter((p) => p.regions.length === 0 || p.regions.includes(region));
    },
  },

  Title: {
    async availability(title, args, ctx) {
      const region = parseRegion(args.region);
      if (!region) throw badUserInput([`region must be an ISO 3166-1 alpha-2 code such as "US", got ${JSON.stringify(args.region.slice(0, 16))}`]);
      const offers = await ctx.availability.load({ titleId: title.id, region });
      return offers.map((offer) => ({ ...offer, region }));
    },
  },

  Offer: {
    platform(offer, _, ctx) {
      const platform = ctx.platforms.get(offer.platformId);
      // The offer table's foreign key makes this unreachable unless the platform cache is stale.
      if (!platform) throw new Error(`platform ${offer.platformId} is not loaded`);
      return platform;
    },
    price: (offer) =>
      offer.priceAmount !== null && offer.priceCurrency ? { amount: offer.priceAmount, currency: offer.priceCurrency } : null,
    deepLink(offer, _, ctx) {
      const platform = ctx.platforms.get(offer.platformId);
      if (!platform) throw new Error(`platform ${offer.platformId} is not loaded`);
      return buildDeepLink(toPlatformDef(platform), offer.platformTitleId, { sourceWebUrl: offer.webUrl });
    },
  },

  Platform: {
    worldwide: (platform) => platform.regions.length === 0,
  },
};

function toPlatformDef(platform: PlatformRecord) {
  return { ...platform, searchUrlTemplate: platform.searchUrlTemplate ?? platform.webUrlTemplate ?? '' };
}
