import { randomUUID } from 'node:crypto';
import type { Prisma } from '@media-gateway/db';
import type { OutboxEventInput } from '../DomainEvent.js';
import { notifyOutboxAppended } from '../lib/outboxSignal.js';
import { outboxTable } from '../lib/outboxTable.js';

/** Rows per INSERT: keeps one statement's JSON parameter to a few megabytes on a bulk import. */
const ROWS_PER_STATEMENT = 1_000;

/**
 * Writes events to `<schema>.outbox_event` inside the caller's transaction, so they commit or roll back with the
 * state change they describe (ARCHITECTURE.md "Events"); `OutboxRelay` publishes them after the commit. Rows are
 * inserted in the order given, so they get increasing `sequence` numbers in that order. Returns the event ids.
 *
 * Per-aggregate order needs one thing from the caller: write (and so lock) the aggregate's own row before appending
 * its event. A concurrent transaction changing the same aggregate then waits on that row lock before it can take a
 * sequence number, which makes sequence order equal commit order for every aggregate.
 *
 * Many rows go as one JSON parameter through `jsonb_to_recordset` (thousands of rows in one statement, where
 * `createMany` would spend its time building per-row parameters).
 */
export async function appendToOutbox(
  tx: Prisma.TransactionClient,
  schema: string,
  events: readonly OutboxEventInput[],
): Promise<string[]> {
  const table = outboxTable(schema, 'appendToOutbox');
  const rows = events.map((event, ord) => {
    checkEvent(event, ord);
    return {
      ord,
      id: event.id ?? randomUUID(),
      type: event.type,
      aggregate_id: event.aggregateId,
      payload: event.payload,
      schema_version: event.schemaVersion,
      occurred_at: event.occurredAt?.toISOString() ?? null,
    };
  });
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${table} (id, type, aggregate_id, payload, schema_version, occurred_at)
       SELECT r.id, r.type, r.aggregate_id, r.payload, r.schema_version, COALESCE(r.occurred_at, now())
         FROM jsonb_to_recordset($1::jsonb)
           AS r(ord int, id uuid, type text, aggregate_id text, payload jsonb, schema_version int, occurred_at timestamptz)
        ORDER BY r.ord`,
      JSON.stringify(rows.slice(start, start + ROWS_PER_STATEMENT)),
    );
  }
  if (rows.length > 0) notifyOutboxAppended(schema);
  return rows.map((row) => row.id);
}

function checkEvent(event: OutboxEventInput, index: number): void {
  const bad = (what: string) => new TypeError(`appendToOutbox: events[${index}].${what}`);
  if (typeof event.type !== 'string' || !/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/.test(event.type)) {
    throw bad(`type must look like "<domain>.<aggregate>.<verb>", got ${JSON.stringify(event.type)}`);
  }
  if (typeof event.aggregateId !== 'string' || event.aggregateId === '') throw bad('aggregateId must be a non-empty string');
  if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) throw bad('schemaVersion must be a positive integer');
  if (event.payload === undefined) throw bad('payload is required');
}
