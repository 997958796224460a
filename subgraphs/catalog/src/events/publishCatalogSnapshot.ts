import type { PrismaClient } from '@media-gateway/db';
import { CATALOG_TITLE_DOCUMENT_VERSION, CATALOG_TITLE_UPSERTED } from '@media-gateway/events';
import type { Logger } from '@media-gateway/runtime';
import { appendTitleEvents } from './appendTitleEvents.js';
import { CATALOG_OUTBOX_SCHEMA } from './catalogOutbox.js';

const PAGE = 1_000;
// Serialises the check-and-write between catalog replicas starting together (two-key advisory lock space).
const SNAPSHOT_LOCK = [7_070_902, 1] as const;

/**
 * The upgrade path to events: a database imported before the outbox existed has titles and no events, and an
 * unchanged seed import would publish nothing, so consumers would never learn of those titles. When the outbox holds
 * no `catalog.title.upserted` event of the current document version but live titles exist, this appends one event
 * per title, and stores each document's hash, in one transaction. Also covers a document version bump: the new
 * version has no events yet, so every title is published again in the new shape. Runs at every catalog start; after
 * the first it is one indexed lookup.
 */
export async function publishCatalogSnapshot(options: { prisma: PrismaClient; logger: Logger; now?: Date }): Promise<{ published: number }> {
  const { prisma, logger } = options;
  const now = options.now ?? new Date();
  if (await hasCurrentEvents(prisma)) return { published: 0 };

  const published = await prisma.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe('SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock($1::int, $2::int)) AS l', ...SNAPSHOT_LOCK);
      if (await hasCurrentEvents(tx)) return 0;
      let count = 0;
      let afterId: string | null = null;
      for (;;) {
        // Lock the page's titles first, so each title's event takes its sequence number behind its row lock.
        const page: Array<{ id: string }> = await tx.$queryRawUnsafe<Array<{ id: string }>>(
          `SELECT id::text AS id FROM catalog.title WHERE deleted_at IS NULL AND ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT ${PAGE} FOR UPDATE`,
          afterId,
        );
        if (page.length === 0) return count;
        count += (await appendTitleEvents(tx, page.map((row) => row.id), now, { onlyChanged: false })).length;
        afterId = page[page.length - 1]!.id;
      }
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );
  if (published > 0) logger.info({ titles: published, type: CATALOG_TITLE_UPSERTED }, 'catalog snapshot written to the outbox');
  return { published };
}

async function hasCurrentEvents(db: Pick<PrismaClient, '$queryRawUnsafe'>): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<unknown[]>(
    `SELECT 1 FROM ${CATALOG_OUTBOX_SCHEMA}.outbox_event WHERE type = $1 AND schema_version = $2 LIMIT 1`,
    CATALOG_TITLE_UPSERTED,
    CATALOG_TITLE_DOCUMENT_VERSION,
  );
  return rows.length > 0;
}
