import type { DomainEvent } from './DomainEvent.js';
import { EventsError } from './errors.js';

/**
 * Checks that `value` (a decoded Kafka message, say) is a domain event envelope and returns it typed; throws
 * `EventsError('EVENT_MALFORMED')` naming the first bad field otherwise. The payload itself is the consumer's to
 * check, against `type` and `schemaVersion`.
 */
export function parseDomainEvent(value: unknown): DomainEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw malformed('not an object');
  const v = value as Record<string, unknown>;
  for (const field of ['id', 'type', 'source', 'aggregateId', 'occurredAt'] as const) {
    if (typeof v[field] !== 'string' || v[field] === '') throw malformed(`\`${field}\` must be a non-empty string`);
  }
  if (typeof v.sequence !== 'number' || !Number.isSafeInteger(v.sequence) || v.sequence < 1) {
    throw malformed('`sequence` must be a positive integer');
  }
  if (typeof v.schemaVersion !== 'number' || !Number.isInteger(v.schemaVersion) || v.schemaVersion < 1) {
    throw malformed('`schemaVersion` must be a positive integer');
  }
  if (!('payload' in v)) throw malformed('`payload` is missing');
  return {
    id: v.id as string,
    type: v.type as string,
    source: v.source as string,
    aggregateId: v.aggregateId as string,
    sequence: v.sequence,
    occurredAt: v.occurredAt as string,
    payload: v.payload,
    schemaVersion: v.schemaVersion,
  };
}

function malformed(problem: string): EventsError {
  return new EventsError('EVENT_MALFORMED', `not a domain event: ${problem}`);
}
