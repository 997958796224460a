import type { PrismaClient } from '@media-gateway/db';
import { outboxTable } from '../lib/outboxTable.js';

/** Rows deleted per statement, so one run never holds many row locks at once. */
const PURGE_BATCH = 1_000;

/**
 * Deletes the events of `<schema>.outbox_event` that were published and occurred before `before`, for outboxes whose
 * payloads must not outlive a retention rule (playback's carry who watched what: VPPA's 90 days). Unpublished rows
 * stay whatever their age: a consumer has not seen them yet. A consumer group that starts from scratch afterwards
 * replays only what is left, which is the point. Safe on several replicas at once (SKIP LOCKED). Returns the count.
 */
export async function purgePublishedOutbox(prisma: PrismaClient, schema: string, before: Date): Promise<number> {
  const table = outboxTable(schema, 'purgePublishedOutbox');
  if (!(before instanceof Date) || Number.isNaN(before.getTime())) throw new TypeError('purgePublishedOutbox: `before` must be a valid Date');
  let total = 0;
  for (;;) {
    const deleted = await prisma.$executeRawUnsafe(
      `DELETE FROM ${table} WHERE "sequence" IN (
         SELECT "sequence" FROM ${table}
          WHERE "published_at" IS NOT NULL AND "occurred_at" < $1
          ORDER BY "sequence" LIMIT ${PURGE_BATCH}
          FOR UPDATE SKIP LOCKED)`,
      before,
    );
    total += deleted;
    if (deleted < PURGE_BATCH) return total;
  }
}
