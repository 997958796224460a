import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';
import { discoveryClient, PRODUCT_ENV, ratingRank, type DiscoveryClient, type User } from './discoveryClient.js';

// A kids profile's search through the router: identity owns the profile's restrictions, discovery reads them with
// @requires and applies them on top of whatever the request asks for. Only the profile's owner may search as it.
let product: TestProduct;
let api: DiscoveryClient;
let aliceToken: string;
let bobToken: string;
let kidsId: string;

const alice: User = { email: 'alice@example.test', password: 'Correct-Horse-1' };
const bob: User = { email: 'bob@example.test', password: 'Battery-Staple-2' };

interface Title {
  id: string;
  name: string;
  genres: string[];
  contentRating: { rating: string } | null;
}
interface Results {
  totalCount: number;
  hits: Array<{ title: Title }>;
}

const PROFILE_SEARCH = /* GraphQL */ `
  query ($id: ID!, $query: String!, $filters: SearchFilter) {
    profile(id: $id) {
      search(query: $query, filters: $filters, first: 50) {
        totalCount
        hits { title { id name genres contentRating { rating } } }
      }
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query ($query: String!, $filters: SearchFilter) {
    search(query: $query, filters: $filters, first: 50) {
      totalCount
      hits { title { id name genres contentRating { rating } } }
    }
  }
`;

async function profileSearch(id: string, query: string, filters?: Record<string, unknown>): Promise<Results> {
  const { status, body } = await api.call<{ profile: { search: Results } | null }>(PROFILE_SEARCH, { id, query, filters }, aliceToken);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data!.profile!.search;
}

async function publicSearch(query: string, filters?: Record<string, unknown>): Promise<Results> {
  const { body } = await api.call<{ search: Results }>(SEARCH, { query, filters });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.search;
}

/** Hits a PG-limited profile that blocks horror must never see: above PG, unrated, or horror. */
const notForKids = (results: Results) =>
  results.hits
    .map((h) => h.title)
    .filter((t) => ratingRank(t.contentRating) < 0 || ratingRank(t.contentRating) > ratingRank({ rating: 'PG' }) || t.genres.includes('HORROR'))
    .map((t) => `${t.name} (${t.contentRating?.rating ?? 'unrated'}, ${t.genres.join('/')})`);

async function createKidsProfile(name: string): Promise<string> {
  const { body } = await api.call<{ createProfile: { id: string; contentRestrictions: { maxContentRating: string | null } } }>(
    'mutation ($name: String!) { createProfile(input: { name: $name, isKids: true }) { id contentRestrictions { maxContentRating } } }',
    { name },
    aliceToken,
  );
  expect(body.errors).toBeUndefined();
  expect(body.data!.createProfile.contentRestrictions.maxContentRating).toBe('PG');
  return body.data!.createProfile.id;
}

async function setControls(profileId: string, input: Record<string, unknown>): Promise<void> {
  const { body } = await api.call(
    'mutation ($id: ID!, $input: ParentalControlsInput!) { setParentalControls(profileId: $id, input: $input) { enabled } }',
    { id: profileId, input },
    aliceToken,
  );
  expect(body).toEqual({ data: { setParentalControls: { enabled: true } } });
}

beforeAll(async () => {
  product = await startTestProduct({ ...PRODUCT_ENV });
  api = await discoveryClient(product);
  await api.register(alice);
  await api.register(bob);
  aliceToken = await api.signIn(alice, 'openid read:content');
  bobToken = await api.signIn(bob, 'openid read:content');
  kidsId = await createKidsProfile('Kids');
  await setControls(kidsId, { enabled: true, blockedGenres: ['horror'] });
});
afterAll(async () => product?.close());

describe("a kids profile's search", () => {
  it('drops titles above PG, unrated titles and horror, which the public search returns', async () => {
    const everyone = await publicSearch('horror movies');
    expect(everyone.hits.some((h) => h.title.genres.includes('HORROR') && h.title.contentRating?.rating === 'R')).toBe(true);
    expect(notForKids(await profileSearch(kidsId, 'horror movies'))).toEqual([]);

    // A query whose public answer mixes family films with R-rated dramas and unrated anime.
    expect(notForKids(await publicSearch('monsters'))).not.toEqual([]);
    const kids = await profileSearch(kidsId, 'monsters');
    expect(kids.hits.map((h) => h.title.name)).toContain('Monsters, Inc.');
    expect(notForKids(kids)).toEqual([]);
  });

  it('cannot be loosened by a filter', async () => {
    const filters = { maxContentRating: 'NC_17' };
    const everyone = await publicSearch('monsters', filters);
    expect(everyone.hits.some((h) => ratingRank(h.title.contentRating) > ratingRank({ rating: 'PG' }))).toBe(true);
    const kids = await profileSearch(kidsId, 'monsters', filters);
    expect(kids.hits.length).toBeGreaterThan(0);
    expect(notForKids(kids)).toEqual([]);
  });

  it('is empty outside the viewing hours', async () => {
    const bedtimeId = await createKidsProfile('Bedtime');
    // A one-hour window starting two hours from now, in UTC, so now is outside it whatever the time of day.
    const minute = new Date().getUTCHours() * 60 + new Date().getUTCMinutes();
    const clock = (m: number) => `${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    await setControls(bedtimeId, { enabled: true, viewingStart: clock(minute + 120), viewingEnd: clock(minute + 180), timeZone: 'UTC' });
    const { body } = await api.call<{ profile: { contentRestrictions: { viewingAllowedNow: boolean } } }>(
      'query ($id: ID!) { profile(id: $id) { contentRestrictions { viewingAllowedNow } } }',
      { id: bedtimeId },
      aliceToken,
    );
    expect(body.data!.profile.contentRestrictions.viewingAllowedNow).toBe(false);

    expect((await profileSearch(kidsId, 'monsters')).totalCount).toBeGreaterThan(0);
    const results = await profileSearch(bedtimeId, 'monsters');
    expect(results).toEqual({ totalCount: 0, hits: [] });
  });
});

describe("another user's profile", () => {
  it("never answers Alice's profile to Bob", async () => {
    const { status, body } = await api.call<{ profile: { search: Results } | null }>(PROFILE_SEARCH, { id: kidsId, query: 'monsters' }, bobToken);
    expect(status).not.toBe(500);
    expect(body.data?.profile ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code ?? 'NOT_FOUND').toBe('NOT_FOUND');
  });

  it('refuses an anonymous caller', async () => {
    const { body } = await api.call<{ profile: { search: Results } | null }>(PROFILE_SEARCH, { id: kidsId, query: 'monsters' });
    expect(body.data?.profile ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
