import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFilters } from '../../src/ranking/applyFilters.js';
import type { ContentRestrictions, SearchFilters } from '../../src/ranking/SearchFilters.js';
import type { DiscoveryDocument } from '../../src/store/DiscoveryStore.js';
import { discoveryFixtures, NOW } from './discoveryFixtures.js';
import { openStore, type OpenStore } from './openStore.js';

// "movie or series" matches every fixture title through its type word (weight C), so a filtered search returns
// exactly the titles that pass the filters: each case is compared with the expected names and with the pure
// `applyFilters` over the same documents, which SQL must agree with.
const EVERYTHING = 'movie or series';

let open: OpenStore;
let all: DiscoveryDocument[];

beforeAll(async () => {
  open = await openStore();
  all = await open.store.documents(discoveryFixtures().map((d) => d.titleId));
});

afterAll(async () => {
  await open?.dispose();
});

async function filtered(filters: SearchFilters, restrictions: ContentRestrictions | null = null, now = NOW): Promise<string[]> {
  const hits = await open.store.keywordSearch({ text: EVERYTHING, limit: 1000, filters, restrictions, now });
  return hits.map((hit) => open.nameOf(hit.titleId)).sort();
}

function pure(filters: SearchFilters, restrictions: ContentRestrictions | null = null, now = NOW): string[] {
  return applyFilters(all, filters, { restrictions, now }).kept.map((d) => d.title).sort();
}

describe('PrismaDiscoveryStore.keywordSearch filters', () => {
  it('returns every title without filters (the base of the cases below)', async () => {
    expect(all).toHaveLength(32);
    expect(await filtered({})).toHaveLength(32);
  });

  it.each<[string, SearchFilters, ContentRestrictions | null, string[]]>([
    ['genres are OR', { genres: ['war', 'documentary'] }, null, ['Das Boot', 'Heat Wave', 'Planet Earth', "Schindler's List"]],
    ['content types', { contentTypes: ['SERIES'] }, null, ['Breaking Bad', 'Planet Earth', 'Stranger Things', 'The Office']],
    [
      'year from, an unknown year fails',
      { yearRange: { min: 2015, max: null } },
      null,
      ['Coming Soon', 'Gone Tomorrow', 'Heat Wave', 'It', 'Spider-Man: Into the Spider-Verse', 'Stranger Things', 'The Machine Hunter'],
    ],
    ['year up to, inclusive', { yearRange: { min: null, max: 1979 } }, null, ['Alien', 'The Godfather']],
    [
      'average rating',
      { ratingRange: { min: 9, max: null } },
      null,
      ['Breaking Bad', 'Planet Earth', "Schindler's List", 'The Dark Knight', 'The Godfather', 'The Office'],
    ],
    ['runtime at most, series have none', { runtime: { min: null, max: 100 } }, null, ['Gone Tomorrow', 'Heat Wave', 'Paddington', 'The Machine Hunter', 'Toy Story']],
    ['runtime at least', { runtime: { min: 180, max: null } }, null, ["Schindler's List", 'Titanic']],
    [
      'content rating limit, unrated titles fail it',
      { maxContentRating: 'PG' },
      null,
      ['Coming Soon', 'Heat Wave', 'Paddington', 'Spider-Man: Into the Spider-Verse', 'Spirited Away', 'The Office', 'Toy Story'],
    ],
    ['the stricter of request and profile limit', { maxContentRating: 'R' }, { maxContentRating: 'G', blockedGenres: [] }, ['Heat Wave', 'Toy Story']],
    [
      'blocked genres in any spelling, from request and profile',
      { blockedGenres: ['Science Fiction'], genres: ['horror', 'action'] },
      { maxContentRating: null, blockedGenres: ['HORROR'] },
      ['Spider-Man', 'Spider-Man: Into the Spider-Verse', 'The Amazing Spider-Man', 'The Dark Knight'],
    ],
    ['excluded genres', { excludedGenres: ['drama', 'action', 'comedy', 'crime', 'science_fiction', 'adventure', 'romance'] }, null, ['Heat Wave', 'It', 'Planet Earth', 'Spirited Away', 'The Machine Hunter']],
    [
      'platform: offers live now, anywhere',
      { platforms: ['netflix'] },
      null,
      ['Breaking Bad', 'Forrest Gump', 'Heat', 'Inception', "Schindler's List", 'Spirited Away', 'Stranger Things', 'The Machine Hunter', 'The Terminator'],
    ],
    ['platform in a region: own regions or worldwide', { platforms: ['netflix'], region: 'gb' }, null, ['Breaking Bad', 'Spirited Away', 'Stranger Things']],
    ['a regional platform reaches only its region', { platforms: ['hulu'], region: 'US' }, null, ['Alien']],
    ['a regional platform does not leak elsewhere', { platforms: ['hulu'], region: 'GB' }, null, []],
    ['a US-only platform in the US', { platforms: ['peacock'], region: 'US' }, null, ['Jurassic Park', 'The Office']],
    ['availability type in a region', { availabilityTypes: ['FREE'], region: 'GB' }, null, ['Paddington', 'Planet Earth']],
    ['platform, type and region on one offer', { platforms: ['prime_video'], availabilityTypes: ['RENTAL'], region: 'GB' }, null, ['Heat', 'Terminator 2: Judgment Day']],
    ['no single offer satisfies all three', { platforms: ['youtube'], availabilityTypes: ['FREE'], region: 'US' }, null, []],
    ['availability type alone', { availabilityTypes: ['PURCHASE'] }, null, ['Titanic']],
    [
      'several filters at once',
      { genres: ['drama'], maxContentRating: 'PG_13', platforms: ['netflix'], region: 'US' },
      null,
      ['Forrest Gump', 'Stranger Things'],
    ],
  ])('%s', async (_name, filters, restrictions, expected) => {
    expect(await filtered(filters, restrictions)).toEqual(expected);
    expect(pure(filters, restrictions)).toEqual(expected);
  });

  it('a region alone filters nothing (PRODUCT_SPEC §4 lists platforms and availability, not region)', async () => {
    expect(await filtered({ region: 'JP' })).toHaveLength(32);
  });

  it('judges offer windows at the given instant', async () => {
    const later = new Date('2027-01-01T00:00:00Z');
    const netflixUs = { platforms: ['netflix'], region: 'US' } satisfies SearchFilters;
    // Now: Forrest Gump is live until the end of 2026; Gone Tomorrow expired; Coming Soon starts in September.
    expect(await filtered(netflixUs)).toEqual(['Breaking Bad', 'Forrest Gump', 'Heat', 'Inception', 'Stranger Things', 'The Machine Hunter', 'The Terminator']);
    expect(await filtered(netflixUs, null, later)).toEqual(['Breaking Bad', 'Coming Soon', 'Heat', 'Inception', 'Stranger Things', 'The Machine Hunter', 'The Terminator']);
    expect(pure(netflixUs, null, later)).toEqual(await filtered(netflixUs, null, later));
  });

  it('filters before the limit: a filtered page is full', async () => {
    const hits = await open.store.keywordSearch({ text: EVERYTHING, limit: 3, filters: { contentTypes: ['SERIES'] }, now: NOW });
    expect(hits).toHaveLength(3);
  });
});
