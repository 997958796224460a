import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { createLogger } from '@media-gateway/runtime';
import { createCatalogService } from '../../src/CatalogService.js';
import { PrismaCatalogStore } from '../../src/store/PrismaCatalogStore.js';
import { writeResolvedTitles } from '../../src/store/writeResolvedTitles.js';
import { parseTitleQuery, type TitlesArgs } from '../../src/title/parseTitleQuery.js';
import type { TitleOrder } from '../../src/title/cursor.js';
import { encodeCursor } from '../../src/title/cursor.js';
import { cursorValue } from '../../src/store/titleWhere.js';
import { catalogFixtures } from '../support/catalogFixtures.js';
import { fixtureId } from '../support/resolvedTitle.js';

const now = new Date('2026-06-01T12:00:00Z');
let database: TestDatabase;
let db: DbClient;
let store: PrismaCatalogStore;
let storeWithoutDemo: PrismaCatalogStore;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  await createCatalogService({ prisma: db.prisma, logger: createLogger({ name: 'test', level: 'silent' }), demoOffers: true });
  await db.prisma.$transaction((tx) => writeResolvedTitles(tx, catalogFixtures(now), now));
  await db.prisma.title.update({ where: { id: fixtureId('Deleted Film') }, data: { deletedAt: now } });
  store = new PrismaCatalogStore(db.prisma, { includeDemoOffers: true });
  storeWithoutDemo = new PrismaCatalogStore(db.prisma, { includeDemoOffers: false });
});

afterAll(async () => {
  await db?.dispose();
  await database?.dispose();
});

function query(args: TitlesArgs) {
  const parsed = parseTitleQuery({ first: 100, ...args }, () => true);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.query;
}

async function names(args: TitlesArgs, target = store): Promise<string[]> {
  const { rows } = await target.findTitles(query(args), now);
  return rows.map((row) => row.title);
}

describe('PrismaCatalogStore.findTitles filters', () => {
  it('orders by popularity and hides soft-deleted titles', async () => {
    expect(await names({})).toEqual(['Heat', 'Toy Story', 'Spirited Away', 'Cowboy Bebop', 'Expired Film', 'Future Film', 'Demo Film']);
  });

  it.each<[string, TitlesArgs['filter'], string[]]>([
    ['genres are OR', { genres: ['horror', 'comedy'] }, ['Toy Story', 'Future Film', 'Demo Film']],
    ['content types', { contentTypes: ['SERIES'] }, ['Cowboy Bebop']],
    ['year range is inclusive', { releaseYear: { min: 1995, max: 2001 } }, ['Heat', 'Toy Story', 'Spirited Away']],
    ['open-ended year range', { releaseYear: { max: 1990 } }, ['Demo Film']],
    ['rating range', { averageRating: { min: 8.1, max: 8.5 } }, ['Heat', 'Toy Story']],
    ['max content rating excludes unrated', { maxContentRating: 1 }, ['Toy Story', 'Spirited Away']],
    ['max runtime', { maxRuntimeMinutes: 95 }, ['Toy Story', 'Future Film', 'Demo Film']],
    ['platform: only offers available now', { platforms: ['netflix'] }, ['Heat', 'Spirited Away']],
    ['region: own regions, worldwide platforms, windows', { region: 'US' }, ['Heat', 'Toy Story', 'Spirited Away', 'Cowboy Bebop', 'Demo Film']],
    ['region: a regional platform serves only its region', { region: 'CN', platforms: ['bilibili'] }, ['Cowboy Bebop']],
    ['region: a regional platform does not leak elsewhere', { region: 'JP', platforms: ['bilibili'] }, []],
    ['availability type within the region', { region: 'US', availabilityTypes: ['RENTAL'] }, ['Heat']],
    ['platform and region must hold for the same offer', { region: 'GB', platforms: ['prime_video'] }, []],
    ['every filter at once', { genres: ['action'], releaseYear: { min: 1990 }, maxContentRating: 3, region: 'US', platforms: ['netflix'] }, ['Heat']],
  ])('%s', async (_name, filter, expected) => {
    expect(await names({ filter })).toEqual(expected);
    expect(await store.countTitles(query({ filter }), now)).toBe(expected.length);
  });

  it('drops DEMO offers when demo offers are off', async () => {
    expect(await names({ filter: { region: 'US' } }, storeWithoutDemo)).not.toContain('Demo Film');
    expect(await names({ filter: { platforms: ['peacock'] } }, storeWithoutDemo)).toEqual([]);
    expect(await names({ filter: { platforms: ['peacock'] } })).toEqual(['Demo Film']);
  });
});

describe('PrismaCatalogStore.findTitles pagination', () => {
  it.each<[TitleOrder, string[]]>([
    ['POPULARITY', ['Heat', 'Toy Story', 'Spirited Away', 'Cowboy Bebop', 'Expired Film', 'Future Film', 'Demo Film']],
    ['RELEASE_DATE', ['Future Film', 'Expired Film', 'Spirited Away', 'Heat', 'Toy Story', 'Demo Film', 'Cowboy Bebop']],
    ['AVERAGE_RATING', ['Spirited Away', 'Heat', 'Toy Story', 'Expired Film', 'Demo Film', 'Cowboy Bebop', 'Future Film']],
    ['NAME', ['Cowboy Bebop', 'Demo Film', 'Expired Film', 'Future Film', 'Heat', 'Spirited Away', 'Toy Story']],
  ])('walks every row once in %s order with 2-row pages', async (order, expected) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const { rows, hasNextPage } = await store.findTitles(query({ orderBy: order, first: 2, after }), now);
      seen.push(...rows.map((r) => r.title));
      if (!hasNextPage) break;
      const last = rows.at(-1)!;
      after = encodeCursor({ order, value: cursorValue(order, last), id: last.id });
    }
    // Ties (Heat and Toy Story share a date; two unrated titles share null ratings) break by id, so compare as sets
    // where ties exist and check the order of what is strictly ordered.
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen)).toEqual(new Set(expected));
    if (order !== 'RELEASE_DATE' && order !== 'AVERAGE_RATING') expect(seen).toEqual(expected);
  });
});

describe('PrismaCatalogStore.offersFor', () => {
  it('returns only offers available now in the region', async () => {
    const ids = ['Heat', 'Expired Film', 'Future Film', 'Cowboy Bebop'].map(fixtureId);
    const us = await store.offersFor(ids, 'US', now);
    expect(us.map((o) => [o.platformId, o.availabilityType, o.priceAmount]).sort()).toEqual([
      ['crunchyroll', 'SUBSCRIPTION', null],
      ['netflix', 'SUBSCRIPTION', null],
      ['prime_video', 'RENTAL', 3.99],
    ]);
    const cn = await store.offersFor(ids, 'CN', now);
    expect(cn.map((o) => o.platformId).sort()).toEqual(['bilibili', 'crunchyroll']);
  });

  it('shows an offer once its window opens', async () => {
    const later = new Date(now.getTime() + 31 * 86_400_000);
    const offers = await store.offersFor([fixtureId('Future Film')], 'US', later);
    expect(offers.map((o) => o.platformId)).toEqual(['hulu']);
  });
});

describe('PrismaCatalogStore lookups', () => {
  it('loads titles by id, and not deleted ones', async () => {
    const rows = await store.titlesByIds([fixtureId('Heat'), fixtureId('Deleted Film'), fixtureId('nope')]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: 'Heat', rating: 'R', ratingRank: 3, runtimeMinutes: 170 });
  });

  it("loads titles' names, external ids and credits in one batch", async () => {
    const details = await store.detailsFor([fixtureId('Heat'), fixtureId('Spirited Away'), fixtureId('nope')]);
    expect(details.get(fixtureId('Heat'))).toEqual({
      localizedTitles: [{ locale: 'en', position: 0, name: 'Heat' }],
      externalIds: [{ system: 'imdb', value: 'tt0113277' }],
      credits: [{ personName: 'Michael Mann', role: 'DIRECTOR', job: 'Director', position: 0 }],
    });
    expect(details.get(fixtureId('Spirited Away'))!.localizedTitles).toHaveLength(3);
    expect(details.get(fixtureId('nope'))).toEqual({ localizedTitles: [], externalIds: [], credits: [] });
  });

  it('counts titles per genre', async () => {
    const counts = Object.fromEntries((await store.genreCounts()).map((r) => [r.genre, r.count]));
    expect(counts).toMatchObject({ animation: 3, action: 2, horror: 1, comedy: 2 });
  });
});
