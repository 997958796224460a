import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import {
  CATALOG_TITLE_DOCUMENT_VERSION,
  InProcessEventBus,
  isCatalogTitleUpserted,
  OutboxRelay,
  replayOutbox,
  type CatalogTitleDocument,
  type DomainEvent,
} from '@media-gateway/events';
import { createLogger } from '@media-gateway/runtime';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { createCatalogService } from '../../src/CatalogService.js';
import { documentHash } from '../../src/events/documentHash.js';
import { runCatalogIngestion } from '../../src/ingestion/runCatalogIngestion.js';
import { recordsAdapter, type SimpleRecord } from '../support/recordsAdapter.js';

const logger = createLogger({ name: 'test', level: 'silent' });
const now = new Date('2026-06-01T00:00:00Z');
let database: TestDatabase;
let db: DbClient;

const FILMS: SimpleRecord[] = [
  { key: 'heat', title: 'Heat', year: 1995, director: 'Michael Mann', platform: 'netflix' },
  { key: 'akira', title: 'Akira', year: 1988, imdb: 'tt0094625' },
  { key: 'blue', title: 'Perfect Blue', year: 1997, platform: 'hulu' },
];
const ANIME: SimpleRecord[] = [{ key: 'a-1', title: 'Akira', year: 1988, imdb: 'tt0094625', platform: 'crunchyroll' }];
const sources = (films = FILMS, version = '1') => [recordsAdapter('films', films, version), recordsAdapter('anime', ANIME)];

async function outbox(): Promise<Array<DomainEvent<CatalogTitleDocument>>> {
  const events: Array<DomainEvent<CatalogTitleDocument>> = [];
  await replayOutbox(db.prisma, 'catalog', 0, (e) => void events.push(e as DomainEvent<CatalogTitleDocument>));
  return events;
}

async function storedHashes(): Promise<Map<string, string | null>> {
  const rows = await db.prisma.title.findMany({ select: { id: true, documentHash: true } });
  return new Map(rows.map((r) => [r.id, r.documentHash]));
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  await createCatalogService({ prisma: db.prisma, logger, demoOffers: false });
});
afterAll(async () => {
  await db?.dispose();
  await database?.dispose();
});
beforeEach(async () => {
  await db.prisma.$executeRawUnsafe('TRUNCATE catalog.title, catalog.ingestion_run, catalog.outbox_event CASCADE');
});

describe('catalog.title.upserted from ingestion', () => {
  it('appends one event per imported title, in the same transaction, with the document whose hash the title keeps', async () => {
    const report = await runCatalogIngestion({ prisma: db.prisma, logger, adapters: sources(), demoOffers: false, now });
    const events = await outbox();
    expect(report).toMatchObject({ titles: 3, merged: 1, events: 3 });
    expect(events).toHaveLength(3);
    expect(events.every(isCatalogTitleUpserted)).toBe(true);
    expect(new Set(events.map((e) => e.aggregateId))).toEqual(new Set((await storedHashes()).keys()));
    const hashes = await storedHashes();
    for (const event of events) {
      expect(event).toMatchObject({ source: 'catalog', schemaVersion: CATALOG_TITLE_DOCUMENT_VERSION, occurredAt: now.toISOString() });
      expect(event.payload.titleId).toBe(event.aggregateId);
      expect(hashes.get(event.aggregateId)).toBe(documentHash(event.payload));
    }
    const akira = events.find((e) => e.payload.name === 'Akira')!.payload;
    expect(akira.externalIds).toEqual([{ system: 'imdb', value: 'tt0094625' }]);
    expect(akira.offers).toEqual([
      {
        platformId: 'crunchyroll',
        availabilityType: 'SUBSCRIPTION',
        regions: null,
        availableFrom: null,
        expiresAt: null,
        source: 'BANGUMI_DATA',
        deepLink: { appUrl: null, webUrl: 'https://www.crunchyroll.com/series/a-1/' },
      },
    ]);
    const heat = events.find((e) => e.payload.name === 'Heat')!.payload;
    expect(heat).toMatchObject({ directors: ['Michael Mann'], releaseYear: 1995, releaseDate: '1995-01-01', genres: ['drama'] });
    expect(events.find((e) => e.payload.name === 'Perfect Blue')!.payload.offers[0]!.regions).toEqual(['US']);
  });

  it('appends nothing when a forced re-import finds every document unchanged', async () => {
    await runCatalogIngestion({ prisma: db.prisma, logger, adapters: sources(), demoOffers: false, now });
    const again = await runCatalogIngestion({ prisma: db.prisma, logger, adapters: sources(), demoOffers: false, now: new Date('2026-07-01T00:00:00Z'), force: true });
    expect(again).toMatchObject({ upToDate: false, titles: 3, events: 0 });
    expect(await outbox()).toHaveLength(3);
  });

  it('appends exactly one event for the one title that changed', async () => {
    await runCatalogIngestion({ prisma: db.prisma, logger, adapters: sources(), demoOffers: false, now });
    const before = await outbox();
    const renamed = FILMS.map((r) => (r.key === 'heat' ? { ...r, title: 'Heat (1995)' } : r));
    const report = await runCatalogIngestion({ prisma: db.prisma, logger, adapters: sources(renamed, '2'), demoOffers: false, now });
    const after = await outbox();
    expect(report.events).toBe(1);
    expect(after).toHaveLength(4);
    const change = after[3]!;
    expect(change.payload.name).toBe('Heat (1995)');
    expect(change.aggregateId).toBe(before.find((e) => e.payload.name === 'Heat')!.aggregateId);
    expect(change.sequence).toBeGreaterThan(Math.max(...before.map((e) => e.sequence)));
  });

  it('publishes a soft-deleted title again when an import brings it back', async () => {
    await runCatalogIngestion({ prisma: db.prisma, logger, adapters: sources(), demoOffers: false, now });
    const heat = (await outbox()).find((e) => e.payload.name === 'Heat')!;
    await db.prisma.title.update({ where: { id: heat.aggregateId }, data: { deletedAt: now } });
    const report = await runCatalogIngestion({ prisma: db.prisma, logger, adapters: sources(), demoOffers: false, now, force: true });
    expect(report.events).toBe(1);
    const revived = (await outbox()).at(-1)!;
    expect(revived).toMatchObject({ aggregateId: heat.aggregateId, payload: heat.payload });
    expect((await storedHashes()).get(heat.aggregateId)).toBe(documentHash(heat.payload));
  });

  it('appends nothing when the import fails', async () => {
    const broken = recordsAdapter('broken', [{ key: 'x', title: 'Unknown Platform Film', year: 2000, platform: 'no_such_platform' }]);
    await expect(runCatalogIngestion({ prisma: db.prisma, logger, adapters: [...sources(), broken], demoOffers: false, now })).rejects.toThrow();
    expect(await outbox()).toEqual([]);
  });
});

describe('publishCatalogSnapshot (at catalog start)', () => {
  it('publishes every live title of a database imported before the outbox existed, once, with the import\'s documents', async () => {
    await runCatalogIngestion({ prisma: db.prisma, logger, adapters: sources(), demoOffers: false, now });
    const imported = await outbox();
    // What the migration leaves on such a database: titles, an empty outbox, no hashes. One title was deleted.
    await db.prisma.$executeRawUnsafe('DELETE FROM catalog.outbox_event');
    await db.prisma.$executeRawUnsafe('UPDATE catalog.title SET document_hash = NULL');
    const deleted = imported.find((e) => e.payload.name === 'Perfect Blue')!.aggregateId;
    await db.prisma.title.update({ where: { id: deleted }, data: { deletedAt: now } });

    await createCatalogService({ prisma: db.prisma, logger, demoOffers: false });
    const snapshot = await outbox();
    expect(snapshot.map((e) => e.aggregateId).sort()).toEqual(imported.map((e) => e.aggregateId).filter((id) => id !== deleted).sort());
    // Read back from the database, each title gives the document its import published.
    for (const event of snapshot) {
      expect(event.payload).toEqual(imported.find((e) => e.aggregateId === event.aggregateId)!.payload);
    }
    const hashes = await storedHashes();
    expect(snapshot.every((e) => hashes.get(e.aggregateId) === documentHash(e.payload))).toBe(true);

    // A second start finds current events and writes nothing; a re-import of the same data appends nothing.
    await createCatalogService({ prisma: db.prisma, logger, demoOffers: false });
    expect(await outbox()).toHaveLength(2);
  });

  it('writes no snapshot into an empty catalogue', async () => {
    await createCatalogService({ prisma: db.prisma, logger, demoOffers: false });
    expect(await outbox()).toEqual([]);
  });
});

describe('embedded delivery', () => {
  it("brings the import's events to a subscriber of the in-process bus through the outbox relay", async () => {
    const bus = new InProcessEventBus();
    const relay = new OutboxRelay({ prisma: db.prisma, schema: 'catalog', bus });
    const received: CatalogTitleDocument[] = [];
    await bus.subscribe({ group: 'discovery-index', types: ['catalog.title.upserted'] }, (event) => {
      if (isCatalogTitleUpserted(event)) received.push(event.payload);
    });
    const report = await runCatalogIngestion({ prisma: db.prisma, logger, adapters: sources(), demoOffers: false, now });
    expect(await relay.drain()).toBe(report.titles);
    await bus.whenIdle();
    expect(received.map((d) => d.name).sort()).toEqual(['Akira', 'Heat', 'Perfect Blue']);
    await bus.close();
  });
});
