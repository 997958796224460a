import type { PrismaClient } from '@media-gateway/db';
import type { DomainEvent } from '../DomainEvent.js';
import { OUTBOX_COLUMNS, outboxRowToEvent, type OutboxRow } from '../lib/outboxRow.js';
import { outboxTable } from '../lib/outboxTable.js';

export interface ReplayOutboxOptions {
  /** `source` of the envelopes. @default schema */
  source?: string;
  /** Only these event types. @default every type */
  types?: readonly string[];
  /** Rows read per query. @default 1000 */
  pageSize?: number;
}

/**
 * Hands every committed event of `<schema>.outbox_event` with `sequence >= fromSequence` to `handler`, in sequence
 * order, published or not: the outbox keeps rows after publishing, so it is the event history in embedded mode. A
 * consumer group whose read model starts empty replays from 0. (With Kafka, the topic's retention or compaction
 * plays this role; see `SubscribeOptions.replay`.) Reads page by page outside any transaction, so a long replay
 * holds no locks. Resolves with the count and the last sequence handed over.
 */
export async function replayOutbox(
  prisma: PrismaClient,
  schema: string,
  fromSequence: number,
  handler: (event: DomainEvent) => Promise<void> | void,
  options: ReplayOutboxOptions = {},
): Promise<{ replayed: number; lastSequence: number | null }> {
  const table = outboxTable(schema, 'replayOutbox');
  const source = options.source ?? schema;
  const pageSize = options.pageSize ?? 1_000;
  if (!Number.isSafeInteger(fromSequence) || fromSequence < 0) {
    throw new TypeError(`replayOutbox: \`fromSequence\` must be a non-negative integer, got ${fromSequence}`);
  }
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new TypeError(`replayOutbox: \`pageSize\` must be a positive integer, got ${pageSize}`);
  const types = options.types ? [...options.types] : null;

  let replayed = 0;
  let lastSequence: number | null = null;
  let from = fromSequence;
  for (;;) {
    const rows = await prisma.$queryRawUnsafe<OutboxRow[]>(
      `SELECT ${OUTBOX_COLUMNS} FROM ${table}
        WHERE sequence >= $1::bigint AND ($2::text[] IS NULL OR type = ANY($2::text[]))
        ORDER BY sequence LIMIT $3`,
      String(from),
      types,
      pageSize,
    );
    for (const row of rows) {
      const event = outboxRowToEvent(row, source);
      await handler(event);
      replayed += 1;
      lastSequence = event.sequence;
    }
    if (rows.length < pageSize || lastSequence === null) return { replayed, lastSequence };
    from = lastSequence + 1;
  }
}
