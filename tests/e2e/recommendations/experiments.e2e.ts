import { assignVariant } from '@media-gateway/recommender';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';
import { PRODUCT_ENV, type Answer, type DiscoveryClient, type User } from '../discovery/discoveryClient.js';
import { household, someTitles, type Device } from '../sync/household.js';
import { consentToPersonalization, settleUntil, unpublishedSyncEvents } from './settleRecommendations.js';

// A/B experiments through the router (§5): an admin creates an experiment and starts it, each consenting profile is
// served one stable variant (its exposure logged once, at its first list), a later completion of a recommended title
// counts as a conversion for that variant only, and the admin reads the per-variant results. The admin fields are
// refused to everyone else, and a bad definition is refused whole, storing nothing.
let product: TestProduct;
let api: DiscoveryClient;
let alice: Device;
let bob: Device;
let aliceProfile: string;
let bobProfile: string;
let adminToken: string;
let catalogue: string[];

const ADMIN: User = { email: 'experimenter@example.test', password: 'Correct-Horse-3' };
const BOB: User = { email: 'bob@example.test', password: 'Battery-Staple-2' };
const HYBRID = {
  control: { collaborative: 0.35, content: 0.25, graph: 0.3, context: 0.1 },
  treatment: { collaborative: 0.1, content: 0.5, graph: 0.3, context: 0.1 },
};
const VARIANTS = [
  { name: 'control', weight: 0.5, ...HYBRID.control },
  { name: 'treatment', weight: 0.5, ...HYBRID.treatment },
];
/** Set in beforeAll: a name under which Alice's profile draws `treatment` and Bob's `control` (see `nameSplitting`). */
let experimentName: string;

const CREATE = /* GraphQL */ `
  mutation ($input: CreateExperimentInput!) {
    createExperiment(input: $input) { name status allocation variants { name weight collaborative content graph context } createdAt }
  }
`;
const STATUS = 'mutation ($name: String!, $status: ExperimentStatus!) { setExperimentStatus(name: $name, status: $status) { name status } }';
const RESULTS = /* GraphQL */ `
  query ($name: String!) {
    experimentResults(name: $name) { name status variants { variant exposures conversionRate conversions { metric count rate } } }
  }
`;
const RECOMMENDATIONS = /* GraphQL */ `
  query ($id: ID!, $first: Int) {
    profile(id: $id) { recommendations(first: $first) { items { title { id } } personalized fallback experiment { name variant } } }
  }
`;
const PROGRESS = /* GraphQL */ `
  mutation ($p: ID!, $d: ID!, $t: ID!, $h: String!) {
    reportProgress(profileId: $p, deviceId: $d, titleId: $t, hlc: $h, positionSeconds: 5820, durationSeconds: 6000) { positionSeconds }
  }
`;
const ADD = 'mutation ($p: ID!, $d: ID!, $t: ID!, $h: String!) { addToWatchlist(profileId: $p, deviceId: $d, titleId: $t, hlc: $h) { tags } }';

interface List {
  items: Array<{ title: { id: string } }>;
  personalized: boolean;
  fallback: string | null;
  experiment: { name: string; variant: string } | null;
}
interface VariantResults {
  variant: string;
  exposures: number;
  conversionRate: number;
  conversions: Array<{ metric: string; count: number; rate: number }>;
}
type Results = { experimentResults: { name: string; status: string; variants: VariantResults[] } };

/** The titles each profile was shown while the experiment ran (what its exposure remembers). */
const shown = new Map<string, Set<string>>();

async function recommendations(device: Device, id: string): Promise<List> {
  const data = await device.must<{ profile: { recommendations: List } }>(RECOMMENDATIONS, { id, first: 50 });
  const list = data.profile.recommendations;
  if (list.experiment) {
    const titles = shown.get(id) ?? new Set<string>();
    for (const item of list.items) titles.add(item.title.id);
    shown.set(id, titles);
  }
  return list;
}

async function asAdmin<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>): Promise<Answer<T>> {
  return api.call<T>(query, variables, adminToken);
}

async function results(name = experimentName): Promise<Results['experimentResults']> {
  const { body } = await asAdmin<Results>(RESULTS, { name });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.experimentResults;
}

async function count(sql: string, values: unknown[]): Promise<number> {
  const rows = await product.sql<{ n: number }>(sql, values);
  return rows[0]!.n;
}

const interactionCount = (profileId: string) => count('SELECT count(*)::int AS n FROM recommendations.interaction WHERE profile_id = $1', [profileId]);
const exposureRows = (profileId: string) => count('SELECT count(*)::int AS n FROM recommendations.experiment_assignment WHERE profile_id = $1', [profileId]);

/**
 * An experiment name under which the profiles split as wanted. Assignment is deterministic (a hash of the name and
 * the profile id), so the test picks the name rather than registering users until both variants are drawn.
 */
function nameSplitting(wanted: ReadonlyArray<[profileId: string, variant: string]>): string {
  for (let i = 0; i < 1_000; i += 1) {
    const name = `e2e-ranking-${i}`;
    if (wanted.every(([profileId, variant]) => assignVariant({ name, status: 'RUNNING', allocation: 1, variants: VARIANTS }, profileId.toLowerCase()) === variant)) return name;
  }
  throw new Error('no experiment name splits the profiles as wanted');
}

function zero(variant: string): VariantResults {
  return {
    variant,
    exposures: 0,
    conversionRate: 0,
    conversions: [
      { metric: 'watch_completion', count: 0, rate: 0 },
      { metric: 'watchlist_add', count: 0, rate: 0 },
    ],
  };
}

beforeAll(async () => {
  product = await startTestProduct({ ...PRODUCT_ENV });
  const aliceHome = await household(product, { email: 'alice@example.test', password: 'Correct-Horse-1' }, [{ name: 'TV', type: 'TV', platform: 'Tizen' }]);
  const bobHome = await household(product, BOB, [{ name: 'Phone', type: 'PHONE', platform: 'iOS' }]);
  await household(product, ADMIN, [], 'admin');
  api = aliceHome.api;
  [alice, bob] = [aliceHome.devices[0]!, bobHome.devices[0]!];
  [aliceProfile, bobProfile] = [aliceHome.profileId, bobHome.profileId];
  adminToken = await api.signIn(ADMIN, 'openid admin:system');
  experimentName = nameSplitting([
    [aliceProfile, 'treatment'],
    [bobProfile, 'control'],
  ]);
  await consentToPersonalization(alice, true);
  await consentToPersonalization(bob, true);
  // Only a consenting profile takes part; the list says `personalized: true` once recommending applied the consent.
  await settleUntil(product, async () => (await recommendations(alice, aliceProfile)).personalized && (await recommendations(bob, bobProfile)).personalized);
  catalogue = (await someTitles(product, 100)).map((t) => t.id);
}, 300_000);

afterAll(async () => {
  for (const device of [alice, bob]) await device?.live.dispose();
  await product?.close();
});

describe('an A/B experiment', () => {
  it('is created in DRAFT by an admin, serves nobody until it runs, then starts', async () => {
    const claims = JSON.parse(Buffer.from(adminToken.split('.')[1]!, 'base64url').toString()) as { scope?: string };
    expect(claims.scope?.split(' ')).toContain('admin:system');

    const created = await asAdmin<{ createExperiment: Record<string, unknown> }>(CREATE, { input: { name: experimentName, allocation: 1, variants: VARIANTS } });
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.createExperiment).toEqual({ name: experimentName, status: 'DRAFT', allocation: 1, variants: VARIANTS, createdAt: expect.any(String) });
    expect(Math.abs(Date.parse(created.body.data!.createExperiment.createdAt as string) - Date.now())).toBeLessThan(60_000);

    // A draft assigns nobody: the list carries no experiment and no exposure is written.
    expect((await recommendations(alice, aliceProfile)).experiment).toBeNull();
    expect(await exposureRows(aliceProfile)).toBe(0);

    const started = await asAdmin(STATUS, { name: experimentName, status: 'RUNNING' });
    expect(started.body).toEqual({ data: { setExperimentStatus: { name: experimentName, status: 'RUNNING' } } });
    expect(await results()).toEqual({ name: experimentName, status: 'RUNNING', variants: [zero('control'), zero('treatment')] });
  });

  it('serves each profile one stable variant and logs its exposure once', async () => {
    const first = await recommendations(alice, aliceProfile);
    expect(first.personalized).toBe(true);
    expect(first.items.length).toBeGreaterThan(0);
    expect(first.experiment).toEqual({ name: experimentName, variant: 'treatment' });
    const again = await recommendations(alice, aliceProfile);
    expect(again.experiment).toEqual({ name: experimentName, variant: 'treatment' });
    expect(await exposureRows(aliceProfile)).toBe(1);

    expect((await recommendations(bob, bobProfile)).experiment).toEqual({ name: experimentName, variant: 'control' });
    const after = await results();
    expect(after.variants.map((v) => [v.variant, v.exposures])).toEqual([
      ['control', 1],
      ['treatment', 1],
    ]);
  });

  it("counts a completed recommended title as a conversion of the profile's variant only", async () => {
    const aliceShown = shown.get(aliceProfile)!;
    const bobShown = shown.get(bobProfile)!;
    const recommended = [...aliceShown][0]!;
    // Titles never shown under the experiment convert nothing: a completion by Alice, a watchlist add by Bob.
    const unshownToAlice = catalogue.find((id) => !aliceShown.has(id));
    const unshownToBob = catalogue.find((id) => !bobShown.has(id) && id !== unshownToAlice);
    expect(unshownToAlice, 'the catalogue holds a title Alice was not shown').toBeDefined();
    expect(unshownToBob, 'the catalogue holds a title Bob was not shown').toBeDefined();

    for (const titleId of [recommended, unshownToAlice!]) {
      await alice.must(PROGRESS, { p: aliceProfile, d: alice.id, t: titleId, h: alice.hlc() });
    }
    await bob.must(ADD, { p: bobProfile, d: bob.id, t: unshownToBob, h: bob.hlc() });
    await settleUntil(product, async () => (await interactionCount(aliceProfile)) === 2 && (await interactionCount(bobProfile)) === 1 && (await unpublishedSyncEvents(product)) === 0);

    expect(await results()).toEqual({
      name: experimentName,
      status: 'RUNNING',
      variants: [
        { ...zero('control'), exposures: 1 },
        {
          variant: 'treatment',
          exposures: 1,
          conversionRate: 1,
          conversions: [
            { metric: 'watch_completion', count: 1, rate: 1 },
            { metric: 'watchlist_add', count: 0, rate: 0 },
          ],
        },
      ],
    });
    const conversions = await product.sql('SELECT profile_id::text AS "profileId", title_id::text AS "titleId", metric, variant FROM recommendations.experiment_conversion');
    expect(conversions).toEqual([{ profileId: aliceProfile, titleId: recommended, metric: 'watch_completion', variant: 'treatment' }]);
  });

  it('keeps the variant and the single exposure after the conversion', async () => {
    expect((await recommendations(alice, aliceProfile)).experiment).toEqual({ name: experimentName, variant: 'treatment' });
    expect(await exposureRows(aliceProfile)).toBe(1);
    expect((await results()).variants.map((v) => [v.variant, v.exposures])).toEqual([
      ['control', 1],
      ['treatment', 1],
    ]);
  });

  it('stops serving while paused and brings the same variant back when resumed', async () => {
    expect((await asAdmin(STATUS, { name: experimentName, status: 'PAUSED' })).body.data).toEqual({ setExperimentStatus: { name: experimentName, status: 'PAUSED' } });
    expect((await recommendations(alice, aliceProfile)).experiment).toBeNull();
    expect((await asAdmin(STATUS, { name: experimentName, status: 'RUNNING' })).body.data).toEqual({ setExperimentStatus: { name: experimentName, status: 'RUNNING' } });
    expect((await recommendations(alice, aliceProfile)).experiment).toEqual({ name: experimentName, variant: 'treatment' });
    expect(await exposureRows(aliceProfile)).toBe(1);
  });
});

describe('the admin fields', () => {
  const attempts = [
    ['Mutation.createExperiment', CREATE, { input: { name: 'sneaky', allocation: 1, variants: VARIANTS } }],
    ['Mutation.setExperimentStatus', STATUS, { name: 'sneaky', status: 'RUNNING' }],
    ['Query.experimentResults', RESULTS, { name: 'sneaky' }],
  ] as const;

  it('refuse a signed-in user without admin:system, even one who asks for it, with 403 FORBIDDEN', async () => {
    const asked = await api.signIn(BOB, 'openid admin:system');
    const claims = JSON.parse(Buffer.from(asked.split('.')[1]!, 'base64url').toString()) as { scope?: string };
    expect(claims.scope ?? '').not.toContain('admin:');
    for (const token of [bob.token, asked]) {
      for (const [field, query, variables] of attempts) {
        const denied = await api.call(query, variables, token);
        expect(denied.status).toBe(403);
        expect(denied.body.data ?? null).toBeNull();
        expect(denied.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', fields: [field] }) })]);
      }
    }
    // Nothing was created on the way.
    const { body } = await asAdmin(RESULTS, { name: 'sneaky' });
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('refuse an anonymous caller with 401 UNAUTHENTICATED', async () => {
    for (const [field, query, variables] of attempts) {
      const denied = await api.call(query, variables);
      expect(denied.status).toBe(401);
      expect(denied.body.data ?? null).toBeNull();
      expect(denied.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED', fields: [field] }) })]);
    }
  });
});

describe('bad input', () => {
  it('refuses variant weights not summing to 1 with BAD_USER_INPUT and stores nothing', async () => {
    const name = 'e2e-uneven';
    const uneven = [
      { ...VARIANTS[0]!, weight: 0.6 },
      { ...VARIANTS[1]!, weight: 0.6 },
    ];
    const refused = await asAdmin(CREATE, { input: { name, allocation: 1, variants: uneven } });
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors?.[0]?.extensions?.problems).toEqual(['variant weights must sum to 1; they sum to 1.2']);

    expect((await asAdmin(RESULTS, { name })).body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(await count('SELECT count(*)::int AS n FROM recommendations.experiment WHERE name = $1', [name])).toBe(0);
    // The name is still free: the corrected definition is created.
    const created = await asAdmin<{ createExperiment: { name: string; status: string } }>(CREATE, { input: { name, allocation: 1, variants: VARIANTS } });
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.createExperiment).toMatchObject({ name, status: 'DRAFT' });
  });

  it('lists every problem at once (hybrid weights, allocation, name) and refuses a taken name with CONFLICT', async () => {
    const refused = await asAdmin(CREATE, {
      input: { name: 'bad name!', allocation: 1.5, variants: [VARIANTS[0]!, { ...VARIANTS[1]!, graph: 0.5 }] },
    });
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors?.[0]?.extensions?.problems).toEqual([
      'allocation must be in [0, 1]; got 1.5',
      'name must be 1–64 letters, digits, "-", "_" or ".", starting with a letter or digit',
      'variant "treatment": hybrid weights must sum to 1',
    ]);
    const taken = await asAdmin(CREATE, { input: { name: experimentName, allocation: 1, variants: VARIANTS } });
    expect(taken.body.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
    // The running experiment is untouched.
    expect((await results()).status).toBe('RUNNING');
  });

  it('refuses a move the lifecycle does not allow with BAD_USER_INPUT', async () => {
    const refused = await asAdmin(STATUS, { name: 'e2e-uneven', status: 'PAUSED' });
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors?.[0]?.extensions?.problems).toEqual(['an experiment cannot move from DRAFT to PAUSED']);
  });
});

describe('once the experiment ends', () => {
  it('rates count profiles, not conversions: a second recommended title finished keeps the rate at 1', async () => {
    const [, second] = [...shown.get(aliceProfile)!];
    await alice.must(PROGRESS, { p: aliceProfile, d: alice.id, t: second, h: alice.hlc() });
    await settleUntil(product, async () => (await interactionCount(aliceProfile)) === 3 && (await unpublishedSyncEvents(product)) === 0);
    const treatment = (await results()).variants.find((v) => v.variant === 'treatment')!;
    expect(treatment.conversions).toEqual([
      { metric: 'watch_completion', count: 2, rate: 1 },
      { metric: 'watchlist_add', count: 0, rate: 0 },
    ]);
    expect(treatment.conversionRate).toBe(1);
  });

  it('freezes the results when COMPLETED: a later recommended title finished converts nothing', async () => {
    expect((await asAdmin(STATUS, { name: experimentName, status: 'COMPLETED' })).body.data).toEqual({ setExperimentStatus: { name: experimentName, status: 'COMPLETED' } });
    const before = await results();
    const [, , third] = [...shown.get(aliceProfile)!];
    await alice.must(PROGRESS, { p: aliceProfile, d: alice.id, t: third, h: alice.hlc() });
    await settleUntil(product, async () => (await interactionCount(aliceProfile)) === 4 && (await unpublishedSyncEvents(product)) === 0);
    expect(await results()).toEqual({ ...before, status: 'COMPLETED' });
    expect(await count('SELECT count(*)::int AS n FROM recommendations.experiment_conversion', [])).toBe(2);
    expect((await recommendations(alice, aliceProfile)).experiment).toBeNull();
  });
});
