import type { Prisma, PrismaClient } from '@media-gateway/db';
import { schemaTable } from '../lib/outboxTable.js';

/**
 * Where a consumer group of the subgraph owning `schema` got to in one source: `<schema>.consumer_offset`
 * (`consumer_group`, `source`, `last_sequence`, `updated_at`), or 0 before its first event.
 */
export async function readConsumerOffset(prisma: PrismaClient, schema: string, group: string, source: string): Promise<number> {
  const table = schemaTable(schema, 'consumer_offset', 'readConsumerOffset');
  const rows = await prisma.$queryRawUnsafe<Array<{ last_sequence: string }>>(
    `SELECT last_sequence::text AS last_sequence FROM ${table} WHERE consumer_group = $1 AND source = $2`,
    group,
    source,
  );
  return rows[0] ? Number(rows[0].last_sequence) : 0;
}

/** Records a consumer's position in the transaction of what it applied; never moves it back. */
export async function advanceConsumerOffset(tx: Prisma.TransactionClient, schema: string, group: string, source: string, sequence: number): Promise<void> {
  const table = schemaTable(schema, 'consumer_offset', 'advanceConsumerOffset');
  await tx.$executeRawUnsafe(
    `INSERT INTO ${table} AS c (consumer_group, source, last_sequence)
     VALUES ($1, $2, $3::bigint)
     ON CONFLICT (consumer_group, source) DO UPDATE
        SET last_sequence = greatest(c.last_sequence, EXCLUDED.last_sequence), updated_at = now()`,
    group,
    source,
    sequence,
  );
}
