import type { DomainEvent, EventBus, Unsubscribe } from '@media-gateway/events';
import type { Prisma, PrismaClient } from '@media-gateway/db';
import type { Logger } from '@media-gateway/runtime';
import { advanceOffset, type ConsumerOffsets } from '../store/ConsumerOffsets.js';

/** What to do after the event's transaction committed (leave Redis alone until Postgres said yes). */
export type AfterCommit = () => Promise<void>;

/** One of playback's read models fed by another domain's events. */
export interface ProjectionSpec {
  /** The consumer group, e.g. `playback.resume`. */
  group: string;
  /** The producing subgraph, whose outbox (or Kafka topic) replays the history. */
  source: string;
  types: readonly string[];
  /**
   * Applies one event inside the transaction that also records the group's offset; must be idempotent (delivery is
   * at least once) and must not throw for an event it cannot use — log and skip it, or the group stalls on it.
   */
  apply(tx: Prisma.TransactionClient, event: DomainEvent): Promise<AfterCommit | void>;
}

export interface EventProjectionOptions {
  prisma: PrismaClient;
  bus: EventBus;
  offsets: ConsumerOffsets;
  logger: Logger;
}

/**
 * Runs a `ProjectionSpec` on the bus: at start it asks for the history after the offset it last recorded (a
 * restart resumes, an empty database rebuilds), then applies each event in its own transaction with the offset.
 * A failure throws to the bus, which retries the event.
 */
export class EventProjection {
  private unsubscribe: Unsubscribe | undefined;
  private applied = 0;

  constructor(
    private readonly spec: ProjectionSpec,
    private readonly options: EventProjectionOptions,
  ) {}

  async start(): Promise<void> {
    const { spec, options } = this;
    const last = await options.offsets.last(spec.group, spec.source);
    this.unsubscribe = await options.bus.subscribe(
      { group: spec.group, types: spec.types, replay: { fromSequence: { [spec.source]: last + 1 } } },
      (event) => this.handle(event),
    );
  }

  async stop(): Promise<void> {
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = undefined;
    await unsubscribe?.();
  }

  describe(): { group: string; applied: number; running: boolean } {
    return { group: this.spec.group, applied: this.applied, running: this.unsubscribe !== undefined };
  }

  /** Applies one event (what the bus calls; tests call it directly to replay). */
  async handle(event: DomainEvent): Promise<void> {
    const after = await this.options.prisma.$transaction(async (tx) => {
      const then = await this.spec.apply(tx, event);
      await advanceOffset(tx, this.spec.group, event.source, event.sequence);
      return then;
    });
    this.applied += 1;
    if (after) {
      await after().catch((error: unknown) =>
        this.options.logger.warn({ err: error, group: this.spec.group, eventId: event.id }, 'playback: the follow-up of an applied event failed'),
      );
    }
  }
}
