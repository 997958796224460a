import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';
import { PRODUCT_ENV, ratingRank, type User } from '../discovery/discoveryClient.js';
import { household, someTitles, type Device } from '../sync/household.js';
import { consentToPersonalization, settleUntil, unpublishedSyncEvents } from './settleRecommendations.js';

// Recommendations through the router (issue 7 "tests that must exist"): identity owns profiles and their parental
// controls (read with @requires, which is also the ownership check), sync's progress events feed the consented
// interaction log, and the list never holds a watched title, a title above the profile's rating limit, or one
// without an offer in the requested region.
let product: TestProduct;
let alice: Device;
let bob: Device;
let aliceProfile: string;
let bobProfile: string;
let watched: string[];

const RECOMMENDATIONS = /* GraphQL */ `
  query ($id: ID!, $first: Int, $context: RecommendationContext) {
    profile(id: $id) {
      recommendations(first: $first, context: $context) {
        items {
          title { id name contentRating { rating } availability(region: "JP") { region } }
          score confidence kind explanation reason basedOn { id }
        }
        personalized fallback reason experiment { name variant } generatedAt ttlSeconds
      }
    }
  }
`;

interface Item {
  title: { id: string; name: string; contentRating: { rating: string } | null; availability: Array<{ region: string }> };
  score: number;
  confidence: number;
  kind: string;
  explanation: string;
  reason: string;
  basedOn: Array<{ id: string }>;
}
interface List {
  items: Item[];
  personalized: boolean;
  fallback: string | null;
  reason: string | null;
  generatedAt: string;
  ttlSeconds: number;
}

async function recommendations(device: Device, id: string, variables: Record<string, unknown> = {}): Promise<List> {
  const data = await device.must<{ profile: { recommendations: List } }>(RECOMMENDATIONS, { id, first: 50, ...variables });
  return data.profile.recommendations;
}

async function interactionCount(profileId: string): Promise<number> {
  const rows = await product.sql<{ n: number }>('SELECT count(DISTINCT title_id)::int AS n FROM recommendations.interaction WHERE profile_id = $1', [profileId]);
  return rows[0]!.n;
}

beforeAll(async () => {
  product = await startTestProduct({ ...PRODUCT_ENV });
  const aliceHome = await household(product, { email: 'alice@example.test', password: 'Correct-Horse-1' } satisfies User, [{ name: 'TV', type: 'TV', platform: 'Tizen' }]);
  const bobHome = await household(product, { email: 'bob@example.test', password: 'Battery-Staple-2' } satisfies User, [{ name: 'Phone', type: 'PHONE', platform: 'iOS' }]);
  [alice, bob] = [aliceHome.devices[0]!, bobHome.devices[0]!];
  [aliceProfile, bobProfile] = [aliceHome.profileId, bobHome.profileId];
  await consentToPersonalization(alice, true);
  // The list says `personalized: true` once recommending applied the consent; progress before that would be dropped.
  await settleUntil(product, async () => (await recommendations(alice, aliceProfile, { first: 1 })).personalized);

  // Alice finishes eight titles (> 95% each): more than the five of cold start.
  const titles = await someTitles(product, 12);
  watched = titles.slice(0, 8).map((t) => t.id);
  for (const titleId of watched) {
    await alice.must('mutation ($p: ID!, $d: ID!, $t: ID!, $h: String!) { reportProgress(profileId: $p, deviceId: $d, titleId: $t, hlc: $h, positionSeconds: 5820, durationSeconds: 6000) { positionSeconds } }', {
      p: aliceProfile,
      d: alice.id,
      t: titleId,
      h: alice.hlc(),
    });
  }
  // Bob watches too, but without the consent nothing of it is kept.
  await bob.must('mutation ($p: ID!, $d: ID!, $t: ID!, $h: String!) { reportProgress(profileId: $p, deviceId: $d, titleId: $t, hlc: $h, positionSeconds: 5900, durationSeconds: 6000) { positionSeconds } }', {
    p: bobProfile,
    d: bob.id,
    t: titles[9]!.id,
    h: bob.hlc(),
  });
  // Every sync event published and Alice's reports recorded (the interaction log has no API: it is read where it
  // lives); a last settle applies whatever the relay published meanwhile (Bob's report) and retrains the models.
  await settleUntil(product, async () => (await interactionCount(aliceProfile)) === watched.length && (await unpublishedSyncEvents(product)) === 0);
  await product.product.settle?.();
}, 300_000);

afterAll(async () => {
  for (const device of [alice, bob]) await device?.live.dispose();
  await product?.close();
});

describe('a profile with the PERSONALIZATION consent', () => {
  it('never recommends a watched title, and explains every pick', async () => {
    const list = await recommendations(alice, aliceProfile);
    expect(list.personalized).toBe(true);
    expect(list.ttlSeconds).toBe(3600);
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.length).toBeLessThanOrEqual(50);
    const ids = list.items.map((item) => item.title.id);
    expect(ids.filter((id) => watched.includes(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of list.items) {
      expect(item.explanation.length).toBeGreaterThan(0);
      expect(item.reason).toBe(item.explanation);
      expect(item.score).toBeGreaterThanOrEqual(0);
      expect(item.confidence).toBeGreaterThanOrEqual(0);
      // What an explanation cites is something the profile watched.
      for (const cited of item.basedOn) expect(watched).toContain(cited.id);
    }
    // Eight finished titles are past cold start: the personal hybrid (or its flagged popularity fallback) answers.
    expect(list.fallback).not.toBe('COLD_START');
  });

  it('limits the list to titles with an offer in context.region', async () => {
    const list = await recommendations(alice, aliceProfile, { context: { region: 'JP' } });
    expect(list.items.length).toBeGreaterThan(0);
    const unavailable = list.items.filter((item) => item.title.availability.length === 0).map((item) => item.title.name);
    expect(unavailable).toEqual([]);
  });

  it('gives a kids profile nothing above its rating limit (and nothing unrated)', async () => {
    const created = await alice.must<{ createProfile: { id: string; contentRestrictions: { maxContentRating: string } } }>(
      'mutation { createProfile(input: { name: "Kids", isKids: true }) { id contentRestrictions { maxContentRating } } }',
    );
    expect(created.createProfile.contentRestrictions.maxContentRating).toBe('PG');
    const list = await recommendations(alice, created.createProfile.id);
    expect(list.items.length).toBeGreaterThan(0);
    const tooOld = list.items
      .filter((item) => ratingRank(item.title.contentRating) < 0 || ratingRank(item.title.contentRating) > ratingRank({ rating: 'PG' }))
      .map((item) => `${item.title.name} (${item.title.contentRating?.rating ?? 'unrated'})`);
    expect(tooOld).toEqual([]);
  });

  it('answers related titles for a title, without the title itself', async () => {
    const { body } = await product.graphql<{ title: { becauseYouWatched: Array<{ title: { id: string }; explanation: string; basedOn: Array<{ id: string }> }> } }>(
      'query ($id: ID!) { title(id: $id) { becauseYouWatched(first: 5) { title { id } explanation basedOn { id } } } }',
      { id: watched[0] },
    );
    expect(body.errors).toBeUndefined();
    const related = body.data!.title.becauseYouWatched;
    expect(related.length).toBeLessThanOrEqual(5);
    expect(related.map((r) => r.title.id)).not.toContain(watched[0]);
    for (const pick of related) expect(pick.basedOn.map((b) => b.id)).toEqual([watched[0]]);
  });
});

describe('without the consent', () => {
  it('records nothing and does not personalise: trending only, personalized false', async () => {
    expect(await interactionCount(bobProfile)).toBe(0);
    const list = await recommendations(bob, bobProfile);
    expect(list.personalized).toBe(false);
    expect(list.items.length).toBeGreaterThan(0);
    expect(new Set(list.items.map((item) => item.kind))).toEqual(new Set(['TRENDING']));
  });
});

describe('bad input', () => {
  it.each([0, 51])('refuses first: %i with BAD_USER_INPUT', async (first) => {
    const body = await alice.call<{ profile: { recommendations: List } | null }>(RECOMMENDATIONS, { id: aliceProfile, first });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/first must be between 1 and 50/);
  });

  it("answers another user's profile id with identity's NOT_FOUND", async () => {
    const body = await bob.call<{ profile: { recommendations: List } | null }>(RECOMMENDATIONS, { id: aliceProfile, first: 5 });
    expect(body.data?.profile ?? null).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  // Ids are opaque: one that is not even a UUID names no profile, as identity answers everywhere.
  it.each(['00000000-0000-4000-8000-000000000000', 'not-a-profile'])('answers a profile id nobody has (%s) with NOT_FOUND', async (id) => {
    const body = await alice.call<{ profile: { recommendations: List } | null }>(RECOMMENDATIONS, { id, first: 5 });
    expect(body.data?.profile ?? null).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
