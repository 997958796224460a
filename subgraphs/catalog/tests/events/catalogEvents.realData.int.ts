import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { replayOutbox, type CatalogTitleDocument, type DomainEvent } from '@media-gateway/events';
import { createLogger } from '@media-gateway/runtime';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { createCatalogService } from '../../src/CatalogService.js';
import { defaultCatalogSources } from '../../src/ingestion/defaultCatalogSources.js';
import { runCatalogIngestion } from '../../src/ingestion/runCatalogIngestion.js';

const logger = createLogger({ name: 'test', level: 'silent' });
// Fixed, because DEMO offers' windows are drawn relative to the import time: a later import moves them (a change).
const now = new Date('2026-06-01T00:00:00Z');
let database: TestDatabase;
let db: DbClient;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  await createCatalogService({ prisma: db.prisma, logger, demoOffers: true });
});
afterAll(async () => {
  await db?.dispose();
  await database?.dispose();
});

async function outbox(): Promise<Map<string, CatalogTitleDocument>> {
  const documents = new Map<string, CatalogTitleDocument>();
  await replayOutbox(db.prisma, 'catalog', 0, (e) => void documents.set(e.aggregateId, (e as DomainEvent<CatalogTitleDocument>).payload));
  return documents;
}

// The seed datasets as shipped. Regression: documents built from the resolved titles claimed external ids that the
// database had kept for another title (tmdb_tv ids shared by a series' seasons), so the upgrade snapshot disagreed
// with the import for 229 titles. Documents now come from the stored rows on both paths.
describe('catalog events on the real seed data', () => {
  it('publishes one event per title, and a snapshot read back from the database publishes the same documents', async () => {
    const report = await runCatalogIngestion({ prisma: db.prisma, logger, adapters: defaultCatalogSources(), demoOffers: true, now });
    const imported = await outbox();
    expect(report.events).toBe(report.titles);
    expect(imported.size).toBe(report.titles);

    await db.prisma.$executeRawUnsafe('DELETE FROM catalog.outbox_event');
    await db.prisma.$executeRawUnsafe('UPDATE catalog.title SET document_hash = NULL');
    await createCatalogService({ prisma: db.prisma, logger, demoOffers: true });
    const snapshot = await outbox();
    expect(snapshot.size).toBe(imported.size);
    const differing = [...snapshot].filter(([id, doc]) => JSON.stringify(doc) !== JSON.stringify(imported.get(id))).map(([id]) => id);
    expect(differing).toEqual([]);

    const again = await runCatalogIngestion({ prisma: db.prisma, logger, adapters: defaultCatalogSources(), demoOffers: true, now, force: true });
    expect(again).toMatchObject({ titles: report.titles, events: 0 });
  }, 180_000);
});
