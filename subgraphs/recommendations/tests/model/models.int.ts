import { randomUUID } from 'node:crypto';
import { CATALOG_TITLE_UPSERTED, IDENTITY_CONSENTS_CHANGED, SYNC_PROGRESS_UPDATED } from '@media-gateway/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvent, openRecommendationsHarness, type RecommendationsHarness } from '../support/recommendationsHarness.js';

// The background models end to end inside the service: ALS trained from the log, scored through ONNX Runtime,
// a personal list past cold start, and an adapter update for a profile with ≥ 10 new interactions.
let h: RecommendationsHarness;
const GENRES = ['drama', 'comedy', 'horror', 'animation'];
const titles = Array.from({ length: 40 }, () => randomUUID());
const users = Array.from({ length: 6 }, () => ({ user: randomUUID(), profile: randomUUID() }));

const LIST = /* GraphQL */ `
  query ($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Profile { recommendations(first: 8) { items { title { id } kind explanation basedOn { id } } personalized fallback } }
    }
  }
`;
type Answer = { _entities: Array<{ recommendations: { items: Array<{ title: { id: string }; kind: string; explanation: string; basedOn: Array<{ id: string }> }>; personalized: boolean; fallback: string | null } }> };

const watch = (u: { user: string; profile: string }, titleId: string) =>
  domainEvent('sync', SYNC_PROGRESS_UPDATED, `${u.user}:${u.profile}`, {
    userId: u.user, profileId: u.profile, titleId, positionSeconds: 98, durationSeconds: 100, completed: true,
    hlc: 'x', deviceId: randomUUID(), updatedAt: new Date().toISOString(),
  });

beforeAll(async () => {
  h = await openRecommendationsHarness();
  await h.deliver(
    titles.map((titleId, i) =>
      domainEvent('catalog', CATALOG_TITLE_UPSERTED, titleId, {
        titleId, contentType: 'MOVIE', name: `Title ${i}`, originalName: null, localizedNames: [], overview: null, genres: [GENRES[i % 4]],
        directors: [`Director ${i % 8}`], cast: [`Actor ${i % 5}`], releaseYear: 1990 + (i % 30), releaseDate: null, runtimeMinutes: 100,
        contentRating: { system: 'MPAA', rating: 'PG' }, popularity: 1 - i / 40, averageRating: null, voteCount: 0, qualityScore: 1, externalIds: [],
        offers: [{ platformId: 'x', availabilityType: 'FREE', regions: null, availableFrom: null, expiresAt: null, source: 'DEMO' }],
      }),
    ),
  );
  await h.deliver(users.map(({ user }) => domainEvent('identity', IDENTITY_CONSENTS_CHANGED, user, { userId: user, consents: [{ purpose: 'PERSONALIZATION', granted: true, policyVersion: '1' }] })));
  // Every profile finishes the drama titles it is given (indices ≡ 0 mod 4); the first one twelve of them.
  await h.deliver(users.flatMap((u, n) => titles.filter((_, i) => i % 4 === 0).slice(0, n === 0 ? 10 : 7 + (n % 3)).map((t) => watch(u, t))));
  await h.deliver([watch(users[0]!, titles[1]!), watch(users[0]!, titles[2]!)]);
  await h.service.whenTrained();
}, 60_000);

afterAll(async () => {
  await h?.dispose();
});

describe('models', () => {
  it('trains ALS and item-kNN from the log and scores through ONNX Runtime', async () => {
    const { models } = (await h.service.describe()) as { models: Record<string, unknown> };
    expect(models).toMatchObject({ items: 40, scorer: 'onnx', collaborative: { als: { factors: 64 }, profiles: 6 } });
    expect(models.contentVectors).toMatch(/^metadata features/);
  });

  it('serves a personal list past cold start, without watched titles, citing watched ones', async () => {
    const u = users[0]!;
    const reps = [{ __typename: 'Profile', id: u.profile, contentRestrictions: { maxContentRating: null, blockedGenres: [], viewingAllowedNow: true } }];
    const answer = await h.gql<Answer>(u.user, LIST, { reps });
    expect(answer.errors).toBeUndefined();
    const list = answer.data!._entities[0]!.recommendations;
    expect(list.personalized).toBe(true);
    expect(list.fallback).toBeNull();
    const watched = new Set<string>([...titles.filter((_, i) => i % 4 === 0).slice(0, 10), titles[1]!, titles[2]!]);
    expect(list.items).toHaveLength(8);
    expect(list.items.filter((item) => watched.has(item.title.id))).toEqual([]);
    for (const item of list.items) for (const cited of item.basedOn) expect(watched.has(cited.id)).toBe(true);

    // Twelve interactions and no adapter yet: an update was tried in the background (kept or rolled back).
    await h.service.whenTrained();
    const { adapters } = (await h.service.describe()) as { adapters: { accepted: number; rejected: number } };
    expect(adapters.accepted + adapters.rejected).toBe(1);
    expect(await h.db.prisma.recommendationsUserAdapter.count({ where: { userId: u.user } })).toBe(adapters.accepted);
  });

  it('answers related titles for anybody, citing the title', async () => {
    const answer = await h.gql<{ _entities: Array<{ becauseYouWatched: Array<{ title: { id: string }; basedOn: Array<{ id: string }> }> }> }>(
      null,
      'query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Title { becauseYouWatched(first: 5) { title { id } basedOn { id } } } } }',
      { reps: [{ __typename: 'Title', id: titles[0] }] },
    );
    expect(answer.errors).toBeUndefined();
    const related = answer.data!._entities[0]!.becauseYouWatched;
    expect(related).toHaveLength(5);
    expect(related.map((r) => r.title.id)).not.toContain(titles[0]);
    for (const pick of related) expect(pick.basedOn).toEqual([{ id: titles[0] }]);
  });
});
