import { channels, isAvailabilityChange, subscribeIterator, type AvailabilityChange } from '@media-gateway/realtime';
import { renewCatalogContext, type CatalogContext } from '../CatalogContext.js';
import { badUserInput } from '../errors.js';
import type { SubscriptionAvailabilityChangedArgs, SubscriptionResolvers } from '../generated/resolvers.js';
import type { TitleRecord } from '../store/CatalogStore.js';
import { parseSubscribedTitleIds } from './parseSubscribedTitleIds.js';

/**
 * `availabilityChanged`: a stream of `channels.availability()` messages (published by imports after they commit,
 * `publishAvailabilityChange`), each narrowed to the titles this subscriber named. Public, like the rest of the
 * catalogue: availability is no one's private data, so there is no owner to check.
 */
export const availabilityChangedResolvers: { Subscription: Pick<SubscriptionResolvers, 'availabilityChanged'> } = {
  Subscription: {
    availabilityChanged: {
      subscribe(_, args, ctx) {
        const parsed = parseSubscribedTitleIds(args.titleIds);
        if (!parsed.ok) throw badUserInput(parsed.problems);
        const subscribed = new Set(parsed.titleIds);
        // Resolves once the channel is subscribed, so nothing published after the subscription is acknowledged is missed.
        return subscribeIterator<AvailabilityChange>(ctx.pubsub, [channels.availability()], {
          filter: (message) => isAvailabilityChange(message) && message.titleIds.some((id) => subscribed.has(id)),
        });
      },
      async resolve(message: AvailabilityChange, args: SubscriptionAvailabilityChangedArgs, ctx: CatalogContext) {
        const changed = new Set(message.titleIds);
        const titleIds = (parseSubscribedTitleIds(args.titleIds).titleIds ?? []).filter((id) => changed.has(id));
        // The subscription's context lives as long as it does: read this event's titles and offers afresh.
        renewCatalogContext(ctx);
        const titles = await ctx.titles.loadMany(titleIds);
        return { titles: titles.filter((title): title is TitleRecord => title !== null && !(title instanceof Error)), at: new Date(message.at) };
      },
    },
  },
};
