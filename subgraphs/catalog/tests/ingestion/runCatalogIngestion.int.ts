import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { createLogger } from '@media-gateway/runtime';
import { createCatalogService } from '../../src/CatalogService.js';
import { runCatalogIngestion } from '../../src/ingestion/runCatalogIngestion.js';
import type { NormalizeResult, NormalizedTitle, SourceAdapter } from '../../src/ingestion/types.js';

const logger = createLogger({ name: 'test', level: 'silent' });
const now = new Date('2026-06-01T00:00:00Z');
let database: TestDatabase;
let db: DbClient;

type Raw = { key: string; title?: string; year?: number; imdb?: string; platform?: string };

function adapter(source: string, records: Raw[], version = '1'): SourceAdapter<Raw> {
  return {
    source,
    rateLimitConfig: { requests: null, windowSeconds: 60 },
    fingerprint: async () => `${source}:${version}`,
    async *fetchCatalogDelta() {
      yield* records;
    },
    normalize(raw): NormalizeResult {
      if (!raw.title) return { ok: false, skipReason: 'missing_title', detail: raw.key };
      const title: NormalizedTitle = {
        source,
        sourceKey: raw.key,
        contentType: 'MOVIE',
        title: raw.title,
        originalTitle: null,
        originalLanguage: null,
        overview: null,
        localizedTitles: [{ locale: 'en', names: [raw.title] }],
        releaseDate: raw.year ? new Date(Date.UTC(raw.year, 0, 1)) : null,
        endDate: null,
        runtimeMinutes: null,
        genres: ['drama'],
        contentRating: null,
        credits: [],
        externalIds: raw.imdb ? [{ system: 'imdb', value: raw.imdb }] : [],
        popularity: 0.5,
        averageRating: null,
        voteCount: 0,
        offers: raw.platform
          ? [{ platformId: raw.platform, platformTitleId: raw.key, regions: [], availabilityType: 'SUBSCRIPTION', price: null, qualityTiers: ['HD'], subscriptionTier: null, webUrl: null, availableFrom: null, expiresAt: null, source: 'BANGUMI_DATA' }]
          : [],
      };
      return { ok: true, title };
    },
    generateDeepLink: () => null,
  };
}

const films = adapter('films', [
  { key: 'heat', title: 'Heat', year: 1995 },
  { key: 'akira', title: 'Akira', year: 1988 },
  { key: 'blank' },
]);
const anime = adapter('anime', [
  { key: 'a-1', title: 'Akira', year: 1989, imdb: 'tt0094625', platform: 'netflix' },
  { key: 'a-2', title: 'Perfect Blue', year: 1997, platform: 'crunchyroll' },
]);

async function snapshot() {
  const titles = await db.prisma.title.findMany({ orderBy: { id: 'asc' }, include: { offers: true, externalIds: true, sourceRecords: true } });
  return titles.map(({ createdAt: _c, updatedAt: _u, sourceRecords, offers, ...rest }) => ({
    ...rest,
    sources: sourceRecords.map((r) => `${r.source}:${r.sourceKey}`).sort(),
    offers: offers.map(({ addedAt: _a, ...o }) => o),
  }));
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  await createCatalogService({ prisma: db.prisma, logger, demoOffers: true });
});
afterAll(async () => {
  await db?.dispose();
  await database?.dispose();
});
beforeEach(async () => {
  await db.prisma.title.deleteMany();
  await db.prisma.ingestionRun.deleteMany();
});

describe('runCatalogIngestion', () => {
  it('imports, counts skips, merges across sources and adds demo offers only where nothing is real', async () => {
    const report = await runCatalogIngestion({ prisma: db.prisma, logger, adapters: [films, anime], demoOffers: true, now });
    expect(report).toMatchObject({ upToDate: false, titles: 3, merged: 1, records: { films: 3, anime: 2 }, skipped: { films: { missing_title: 1 }, anime: {} } });
    const titles = await snapshot();
    const akira = titles.find((t) => t.title === 'Akira')!;
    expect(akira.sources).toEqual(['anime:a-1', 'films:akira']);
    expect(akira.externalIds.map((e) => e.value)).toEqual(['tt0094625']);
    expect(akira.offers.map((o) => o.source)).toEqual(['BANGUMI_DATA']);
    const heat = titles.find((t) => t.title === 'Heat')!;
    expect(heat.offers.length).toBeGreaterThan(0);
    expect(heat.offers.every((o) => o.source === 'DEMO')).toBe(true);
  });

  it('is a no-op when nothing changed, and a forced re-run writes the same catalogue', async () => {
    await runCatalogIngestion({ prisma: db.prisma, logger, adapters: [films, anime], demoOffers: true, now });
    const first = await snapshot();
    const again = await runCatalogIngestion({ prisma: db.prisma, logger, adapters: [films, anime], demoOffers: true, now });
    expect(again.upToDate).toBe(true);
    const forced = await runCatalogIngestion({ prisma: db.prisma, logger, adapters: [films, anime], demoOffers: true, now, force: true });
    expect(forced.upToDate).toBe(false);
    expect(await snapshot()).toEqual(first);
  });

  it('re-imports when a source changes, keeping the ids it assigned', async () => {
    await runCatalogIngestion({ prisma: db.prisma, logger, adapters: [films, anime], demoOffers: true, now });
    const before = new Map((await snapshot()).map((t) => [t.title, t.id]));
    const renamed = adapter('films', [{ key: 'heat', title: 'Heat (1995)', year: 1995 }, { key: 'akira', title: 'Akira', year: 1988 }], '2');
    const report = await runCatalogIngestion({ prisma: db.prisma, logger, adapters: [renamed, anime], demoOffers: true, now });
    expect(report.upToDate).toBe(false);
    const after = await snapshot();
    expect(after.find((t) => t.title === 'Heat (1995)')!.id).toBe(before.get('Heat'));
    expect(after.find((t) => t.title === 'Akira')!.id).toBe(before.get('Akira'));
  });

  it('writes nothing when any record fails to write', async () => {
    const broken = adapter('broken', [{ key: 'x', title: 'Unknown Platform Film', year: 2000, platform: 'no_such_platform' }]);
    await expect(runCatalogIngestion({ prisma: db.prisma, logger, adapters: [films, broken], demoOffers: true, now })).rejects.toThrow();
    expect(await db.prisma.title.count()).toBe(0);
    expect(await db.prisma.ingestionRun.count()).toBe(0);
  });
});
