import { randomUUID } from 'node:crypto';
import { CATALOG_TITLE_UPSERTED, IDENTITY_CONSENTS_CHANGED, SYNC_WATCHLIST_CHANGED } from '@media-gateway/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvent, openRecommendationsHarness, type RecommendationsHarness } from '../support/recommendationsHarness.js';

let h: RecommendationsHarness;
const ADMIN = ['admin:system'];
const admin = randomUUID();
const weights = { collaborative: 0.35, content: 0.25, graph: 0.3, context: 0.1 };
const titles = Array.from({ length: 6 }, () => randomUUID());

const CREATE = /* GraphQL */ `
  mutation ($input: CreateExperimentInput!) { createExperiment(input: $input) { name status allocation variants { name weight graph } } }
`;
const STATUS = 'mutation ($n: String!, $s: ExperimentStatus!) { setExperimentStatus(name: $n, status: $s) { status } }';
const RESULTS = 'query ($n: String!) { experimentResults(name: $n) { name status variants { variant exposures conversionRate conversions { metric count rate } } } }';
const LIST = /* GraphQL */ `
  query ($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Profile { recommendations(first: 5) { items { title { id } } personalized experiment { name variant } } }
    }
  }
`;

beforeAll(async () => {
  h = await openRecommendationsHarness();
  await h.deliver(
    titles.map((titleId, i) =>
      domainEvent('catalog', CATALOG_TITLE_UPSERTED, titleId, {
        titleId, contentType: 'MOVIE', name: `T${i}`, originalName: null, localizedNames: [], overview: null, genres: ['drama'], directors: [], cast: [],
        releaseYear: 2000, releaseDate: null, runtimeMinutes: 90, contentRating: { system: 'MPAA', rating: 'G' }, popularity: 1 - i / 10, averageRating: null,
        voteCount: 0, qualityScore: 1, externalIds: [], offers: [{ platformId: 'x', availabilityType: 'FREE', regions: null, availableFrom: null, expiresAt: null, source: 'DEMO' }],
      }),
    ),
  );
  await h.service.whenTrained();
}, 60_000);

afterAll(async () => {
  await h?.dispose();
});

describe('experiments', () => {
  it('are admin only', async () => {
    const answer = await h.gql(randomUUID(), RESULTS, { n: 'x' });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('validate every problem of a new experiment', async () => {
    const answer = await h.gql(admin, CREATE, { input: { name: 'one', allocation: 1.5, variants: [{ name: 'a', weight: 1, ...weights }] } }, ADMIN);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((answer.errors?.[0]?.extensions?.problems as string[]).length).toBeGreaterThanOrEqual(2);
  });

  it('move draft → running → paused → running → completed only', async () => {
    const created = await h.gql(admin, CREATE, { input: { name: 'moves', allocation: 1, variants: [{ name: 'a', weight: 0.5, ...weights }, { name: 'b', weight: 0.5, ...weights }] } }, ADMIN);
    expect(created.data).toEqual({ createExperiment: { name: 'moves', status: 'DRAFT', allocation: 1, variants: [{ name: 'a', weight: 0.5, graph: 0.3 }, { name: 'b', weight: 0.5, graph: 0.3 }] } });
    expect((await h.gql(admin, STATUS, { n: 'moves', s: 'PAUSED' }, ADMIN)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const status of ['RUNNING', 'PAUSED', 'RUNNING', 'COMPLETED']) {
      expect((await h.gql(admin, STATUS, { n: 'moves', s: status }, ADMIN)).data).toEqual({ setExperimentStatus: { status } });
    }
    expect((await h.gql(admin, STATUS, { n: 'moves', s: 'RUNNING' }, ADMIN)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await h.gql(admin, CREATE, { input: { name: 'moves', allocation: 1, variants: [{ name: 'a', weight: 0.5, ...weights }, { name: 'b', weight: 0.5, ...weights }] } }, ADMIN)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('log one exposure per profile at its first list (idempotent) and count conversions of recommended titles', async () => {
    await h.gql(admin, CREATE, { input: { name: 'ab', allocation: 1, variants: [{ name: 'a', weight: 0.5, ...weights }, { name: 'b', weight: 0.5, ...weights }] } }, ADMIN);
    await h.gql(admin, STATUS, { n: 'ab', s: 'RUNNING' }, ADMIN);
    const user = randomUUID();
    const profile = randomUUID();
    await h.deliver([domainEvent('identity', IDENTITY_CONSENTS_CHANGED, user, { userId: user, consents: [{ purpose: 'PERSONALIZATION', granted: true, policyVersion: '1' }] })]);
    const reps = [{ __typename: 'Profile', id: profile, contentRestrictions: { maxContentRating: null, blockedGenres: [], viewingAllowedNow: true } }];
    type Answer = { _entities: Array<{ recommendations: { items: Array<{ title: { id: string } }>; personalized: boolean; experiment: { name: string; variant: string } } }> };
    const first = await h.gql<Answer>(user, LIST, { reps });
    expect(first.errors).toBeUndefined();
    const list = first.data!._entities[0]!.recommendations;
    expect(list.experiment.name).toBe('ab');
    const again = await h.gql<Answer>(user, LIST, { reps });
    expect(again.data!._entities[0]!.recommendations.experiment).toEqual(list.experiment);
    expect(await h.db.prisma.recommendationsExperimentAssignment.count({ where: { experimentName: 'ab' } })).toBe(1);

    const recommended = list.items[0]!.title.id;
    const notRecommended = titles.find((t) => !list.items.some((i) => i.title.id === t));
    const watchlist = (titleId: string) =>
      domainEvent('sync', SYNC_WATCHLIST_CHANGED, `${user}:${profile}`, { userId: user, profileId: profile, titleId, present: true, priority: 0, reason: null, hlc: 'x' });
    await h.deliver([watchlist(recommended), ...(notRecommended ? [watchlist(notRecommended)] : [])]);

    const results = await h.gql<{ experimentResults: { variants: Array<{ variant: string; exposures: number; conversionRate: number; conversions: Array<{ metric: string; count: number }> }> } }>(admin, RESULTS, { n: 'ab' }, ADMIN);
    const variant = results.data!.experimentResults.variants.find((v) => v.variant === list.experiment.variant)!;
    expect(variant.exposures).toBe(1);
    expect(variant.conversions).toEqual([
      { metric: 'watch_completion', count: 0, rate: 0 },
      { metric: 'watchlist_add', count: 1, rate: 1 },
    ]);
    expect(variant.conversionRate).toBe(1);
  });
});
