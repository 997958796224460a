import { isPlaybackPositionUpdated, PLAYBACK_POSITION_UPDATED, type DomainEvent, type EventBus, type Unsubscribe } from '@media-gateway/events';
import type { Logger } from '@media-gateway/runtime';
import type { LibrarySync } from '../library/LibrarySync.js';
import type { LibraryStore } from '../store/LibraryStore.js';
import { progressOperationOf } from './progressOperationOf.js';

/** The playback subgraph's outbox schema, and so the `source` of its events. */
export const PLAYBACK_SOURCE = 'playback';
/** The consumer group sync reads `playback.position.updated` in. */
export const SYNC_PROGRESS_GROUP = 'sync.progress';

export interface PlaybackProgressConsumerOptions {
  bus: EventBus;
  store: LibraryStore;
  library: LibrarySync;
  logger: Logger;
}

/**
 * Folds playback's position reports into the profiles' progress registers (LWW by the event's HLC), so "continue
 * watching" and resume work across devices even for a device that only talks to playback (§10 "update position
 * (pushed to sync)"). Each event is applied like a device's report — the log, the state, sync's own outbox event and
 * a `LibraryChange` to the user's devices — with the event's position recorded in the same transaction. Delivery is
 * at least once: a redelivered event has the same operation key and counts as a duplicate. At start it asks for the
 * history after the recorded position, which the bus replays when it can (an in-process bus with playback's outbox
 * as a replay source; a Kafka group without committed offsets).
 */
export class PlaybackProgressConsumer {
  private unsubscribe: Unsubscribe | undefined;
  private applied = 0;
  private refused = 0;

  constructor(private readonly options: PlaybackProgressConsumerOptions) {}

  async start(): Promise<void> {
    if (this.unsubscribe) return;
    const last = await this.options.store.consumerOffset(SYNC_PROGRESS_GROUP, PLAYBACK_SOURCE);
    this.unsubscribe = await this.options.bus.subscribe(
      { group: SYNC_PROGRESS_GROUP, types: [PLAYBACK_POSITION_UPDATED], replay: { fromSequence: { [PLAYBACK_SOURCE]: (last ?? 0) + 1 } } },
      (event) => this.receive(event),
    );
  }

  async stop(): Promise<void> {
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = undefined;
    await unsubscribe?.();
  }

  status(): { applied: number; refused: number } {
    return { applied: this.applied, refused: this.refused };
  }

  /** One event; a store failure throws to the bus, which retries it. */
  async receive(event: DomainEvent): Promise<void> {
    const { logger, library } = this.options;
    if (!isPlaybackPositionUpdated(event)) {
      logger.warn({ type: event.type, schemaVersion: event.schemaVersion, id: event.id }, 'sync: skipped a playback event of an unknown version');
      return;
    }
    const progress = progressOperationOf(event.payload);
    if (progress.problems) {
      this.refused += 1;
      logger.warn({ id: event.id, problems: progress.problems }, 'sync: refused a playback position that breaks the event contract');
      return;
    }
    const result = await library.applyConsumed(progress.userId, progress.profileId, progress.operation, {
      group: SYNC_PROGRESS_GROUP,
      source: event.source,
      sequence: event.sequence,
    });
    this.applied += result.applied;
  }
}
