import { channels, subscribeIterator } from '@media-gateway/realtime';
import type { Resolvers } from '../generated/resolvers.js';
import { isPlaybackSessionChange, type PlaybackSessionChange } from '../session/PlaybackSessionChange.js';
import { requireUser } from './requireUser.js';

/**
 * `playbackSessionChanged`: the caller's own channel only. The user id comes from the verified identity, never from
 * an argument, and each message is checked to be that user's before it is passed on.
 */
export const subscriptionResolvers: Resolvers = {
  Subscription: {
    playbackSessionChanged: {
      subscribe: (_, __, ctx) => {
        const userId = requireUser(ctx.identity);
        return subscribeIterator<PlaybackSessionChange>(ctx.pubsub, [channels.playback(userId)], {
          filter: (message) => isPlaybackSessionChange(message) && message.userId === userId,
        });
      },
      resolve: (change: PlaybackSessionChange) => change,
    },
  },
};
