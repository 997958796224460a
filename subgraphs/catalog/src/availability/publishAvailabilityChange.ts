import { channels, type AvailabilityChange, type PubSub } from '@media-gateway/realtime';
import type { Logger } from '@media-gateway/runtime';

/** Keeps one message small (a first import changes every title) and each subscriber's filter cheap. */
const IDS_PER_MESSAGE = 500;

/**
 * Announces on `channels.availability()` that the offers of `titleIds` changed (`availabilityChanged`). Call it only
 * after the transaction that changed them committed: a subscriber reads the titles when the message arrives and must
 * see the change. Pub/sub is at most once and the change is already stored, so a failed publish is logged rather
 * than thrown: it must not turn a committed import into a failed one.
 */
export async function publishAvailabilityChange(pubsub: PubSub, titleIds: readonly string[], at: Date, logger: Logger): Promise<void> {
  for (let start = 0; start < titleIds.length; start += IDS_PER_MESSAGE) {
    const message: AvailabilityChange = { titleIds: titleIds.slice(start, start + IDS_PER_MESSAGE), at: at.getTime() };
    try {
      await pubsub.publish(channels.availability(), message);
    } catch (error) {
      logger.warn({ err: error, titles: message.titleIds.length }, 'could not announce an availability change; subscribers miss it');
    }
  }
}
