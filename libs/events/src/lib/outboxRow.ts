import type { DomainEvent } from '../DomainEvent.js';

/** The columns the relay and the replay read, as Prisma's raw queries return them. */
export const OUTBOX_COLUMNS = 'sequence, id, type, aggregate_id, payload, schema_version, occurred_at';

export interface OutboxRow {
  sequence: bigint | number | string;
  id: string;
  type: string;
  aggregate_id: string;
  payload: unknown;
  schema_version: number;
  occurred_at: Date | string;
}

/**
 * The envelope of one outbox row. `sequence` is a bigserial; a JavaScript number holds it exactly up to 2^53, which
 * an outbox would reach after a million events a second for 285 years.
 */
export function outboxRowToEvent(row: OutboxRow, source: string): DomainEvent {
  return {
    id: row.id,
    type: row.type,
    source,
    aggregateId: row.aggregate_id,
    sequence: Number(row.sequence),
    occurredAt: new Date(row.occurred_at).toISOString(),
    payload: typeof row.payload === 'string' ? (JSON.parse(row.payload) as unknown) : row.payload,
    schemaVersion: Number(row.schema_version),
  };
}
