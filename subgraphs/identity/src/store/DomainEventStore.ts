import type { OutboxEventInput } from '@media-gateway/events';

/**
 * The identity outbox (`identity.outbox_event`). Append inside a unit of work (`stores.transaction`), after the
 * writes the events describe, so they commit or roll back together (ARCHITECTURE.md "Events").
 */
export interface DomainEventStore {
  append(events: readonly OutboxEventInput[]): Promise<void>;
}
