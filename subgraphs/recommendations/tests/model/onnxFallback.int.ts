import { randomUUID } from 'node:crypto';
import { CATALOG_TITLE_UPSERTED, IDENTITY_CONSENTS_CHANGED, SYNC_PROGRESS_UPDATED } from '@media-gateway/events';
import type * as Recommender from '@media-gateway/recommender';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { domainEvent, openRecommendationsHarness, type RecommendationsHarness } from '../support/recommendationsHarness.js';

// ONNX Runtime failing to build a session (a missing native binary, an unsupported CPU) must not take
// recommendations down: the TypeScript scorer takes over and /health says why.
vi.mock('@media-gateway/recommender', async (importOriginal) => ({
  ...(await importOriginal<typeof Recommender>()),
  createOnnxScorer: async () => {
    throw new Error('onnxruntime is not available here');
  },
}));

let h: RecommendationsHarness;
const titles: string[] = Array.from({ length: 12 }, () => randomUUID());
const users = Array.from({ length: 3 }, () => ({ user: randomUUID(), profile: randomUUID() }));

beforeAll(async () => {
  h = await openRecommendationsHarness();
  await h.deliver(
    titles.map((titleId, i) =>
      domainEvent('catalog', CATALOG_TITLE_UPSERTED, titleId, {
        titleId, contentType: 'MOVIE', name: `Title ${i}`, originalName: null, localizedNames: [], overview: null, genres: ['drama'],
        directors: [], cast: [], releaseYear: 2000, releaseDate: null, runtimeMinutes: 100, contentRating: null, popularity: 1 - i / 12,
        averageRating: null, voteCount: 0, qualityScore: 1, externalIds: [],
        offers: [{ platformId: 'x', availabilityType: 'FREE', regions: null, availableFrom: null, expiresAt: null, source: 'DEMO' }],
      }),
    ),
  );
  await h.deliver(users.map(({ user }) => domainEvent('identity', IDENTITY_CONSENTS_CHANGED, user, { userId: user, consents: [{ purpose: 'PERSONALIZATION', granted: true, policyVersion: '1' }] })));
  await h.deliver(
    users.flatMap((u) =>
      titles.slice(0, 6).map((titleId) =>
        domainEvent('sync', SYNC_PROGRESS_UPDATED, `${u.user}:${u.profile}`, {
          userId: u.user, profileId: u.profile, titleId, positionSeconds: 99, durationSeconds: 100, completed: true, hlc: 'x', deviceId: randomUUID(), updatedAt: new Date().toISOString(),
        }),
      ),
    ),
  );
  await h.service.whenTrained();
}, 60_000);

afterAll(async () => {
  await h?.dispose();
});

describe('when ONNX Runtime fails', () => {
  it('scores with the TypeScript loop and reports it in describe()', async () => {
    const { models } = (await h.service.describe()) as { models: Record<string, unknown> };
    expect(models).toMatchObject({ scorer: 'typescript', scorerError: 'onnxruntime is not available here', collaborative: { als: { factors: 64 } } });
  });

  it('still serves a personal list', async () => {
    const u = users[0]!;
    const answer = await h.gql<{ _entities: Array<{ recommendations: { items: Array<{ title: { id: string } }>; personalized: boolean } }> }>(
      u.user,
      'query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Profile { recommendations(first: 4) { items { title { id } } personalized } } } }',
      { reps: [{ __typename: 'Profile', id: u.profile, contentRestrictions: { maxContentRating: null, blockedGenres: [], viewingAllowedNow: true } }] },
    );
    expect(answer.errors).toBeUndefined();
    const list = answer.data!._entities[0]!.recommendations;
    expect(list.personalized).toBe(true);
    expect(list.items).toHaveLength(4);
    expect(list.items.filter((item) => titles.slice(0, 6).includes(item.title.id))).toEqual([]);
  });
});
