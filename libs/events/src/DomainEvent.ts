/**
 * The envelope every domain event travels in, on every bus and in every replay. It is plain JSON (dates as ISO-8601
 * strings) so the in-process bus, Kafka and the outbox hand consumers exactly the same value.
 *
 * @example
 * {
 *   id: '0b6f…', type: 'catalog.title.upserted', source: 'catalog', aggregateId: '5d1c…', sequence: 42,
 *   occurredAt: '2026-12-01T10:00:00.000Z', payload: { titleId: '5d1c…', … }, schemaVersion: 1,
 * }
 */
export interface DomainEvent<T = unknown> {
  /** UUID chosen by the producer; the same event published twice (at-least-once) keeps its id. */
  id: string;
  /** `<domain>.<aggregate>.<what happened>`, e.g. `catalog.title.upserted`. */
  type: string;
  /** The producing subgraph; its outbox lives in the Postgres schema of the same name. */
  source: string;
  /** The entity the event is about. Events of one aggregate are delivered in `sequence` order. */
  aggregateId: string;
  /**
   * Position in the producer's outbox, assigned by the database (bigserial). Strictly increasing per source and,
   * for one aggregate, in commit order (see `appendToOutbox`). Across aggregates there can be gaps and a lower
   * number can commit after a higher one, so use it per aggregate ("ignore what is not newer than what I have"),
   * not as a global high-water mark.
   */
  sequence: number;
  /** ISO-8601 instant the change happened (the producer's clock). */
  occurredAt: string;
  payload: T;
  /** Version of the payload's shape for this `type`; a consumer refuses versions it does not know. */
  schemaVersion: number;
}

/** What a producer appends to its outbox: the database assigns `sequence`, the relay adds `source`. */
export interface OutboxEventInput<T = unknown> {
  /** @default a random UUID */
  id?: string;
  type: string;
  aggregateId: string;
  payload: T;
  schemaVersion: number;
  /** @default the database's `now()` at insert */
  occurredAt?: Date;
}
