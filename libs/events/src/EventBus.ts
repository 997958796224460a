import type { DomainEvent } from './DomainEvent.js';

/**
 * Called once per delivered event. Delivery is **at least once**: after a crash, a retry or a replay the same event
 * (same `id`) can arrive again, so a handler must be idempotent. The usual way: upsert the read model keyed by
 * `aggregateId` and skip an event whose `sequence` is not greater than the one already applied for that aggregate.
 * A handler that throws is retried with backoff (see `RetryPolicy`); the next event of its group waits meanwhile.
 */
export type EventHandler<T = unknown> = (event: DomainEvent<T>) => Promise<void> | void;

export interface SubscribeOptions {
  /**
   * The consumer group. Every group receives every event of its types; inside a group each event goes to one
   * handler. Groups are independent: a failing handler delays only its own group.
   */
  group: string;
  /** Exact event types to receive, e.g. `['catalog.title.upserted']`. */
  types: readonly string[];
  /**
   * Deliver the stored history before live events, for a consumer whose read model starts empty (or is behind).
   * `fromSequence` maps a source to the first sequence wanted (0 when absent, i.e. everything). In embedded mode the
   * history is the producers' outboxes, which keep published rows; with Kafka it is what the topic still retains
   * (retention or compaction plays the outbox's role) and it applies only to a group with no committed offsets.
   */
  replay?: { fromSequence?: Readonly<Record<string, number>> };
}

/** Stops the subscription; resolves once the handler is no longer running. */
export type Unsubscribe = () => Promise<void>;

/**
 * Carries domain events from producers' outboxes (through `OutboxRelay`) to consumer groups. Guarantees, for every
 * implementation: at-least-once delivery, per-aggregate order (events of one `aggregateId` reach a group in the
 * order they were published), and independence of groups. Implementations: `InProcessEventBus` (embedded mode) and
 * `KafkaEventBus` (`KAFKA_BROKERS`); `tests/eventBusContract.ts` holds them to the same behaviour.
 */
export interface EventBus {
  readonly kind: 'in-process' | 'kafka';
  /** Resolves once the bus has accepted every event (in-process: queued for each group; Kafka: acknowledged). */
  publish(events: readonly DomainEvent[]): Promise<void>;
  subscribe<T = unknown>(options: SubscribeOptions, handler: EventHandler<T>): Promise<Unsubscribe>;
  /** Stops every subscription and releases connections. Safe to call twice. */
  close(): Promise<void>;
}
