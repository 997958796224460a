import { randomUUID } from 'node:crypto';
import type { DomainEvent } from '@media-gateway/events';

/** A complete envelope for bus tests; `sequence` should grow per aggregate as an outbox would assign it. */
export function makeEvent(type: string, aggregateId: string, sequence: number, payload: unknown = { n: sequence }): DomainEvent {
  return {
    id: randomUUID(),
    type,
    source: 'test',
    aggregateId,
    sequence,
    occurredAt: new Date(Date.UTC(2026, 11, 1, 10, 0, 0, sequence)).toISOString(),
    payload,
    schemaVersion: 1,
  };
}
