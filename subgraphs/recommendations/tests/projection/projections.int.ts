import { randomUUID } from 'node:crypto';
import {
  CATALOG_TITLE_UPSERTED,
  IDENTITY_CONSENTS_CHANGED,
  IDENTITY_PREFERENCES_CHANGED,
  IDENTITY_USER_DELETED,
  SYNC_PROGRESS_UPDATED,
  SYNC_WATCHLIST_CHANGED,
} from '@media-gateway/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvent, openRecommendationsHarness, type RecommendationsHarness } from '../support/recommendationsHarness.js';

let h: RecommendationsHarness;
const titles = Array.from({ length: 3 }, () => randomUUID());

const titleDoc = (titleId: string, name: string, regions: string[] | null) => ({
  titleId,
  contentType: 'MOVIE',
  name,
  originalName: null,
  localizedNames: [],
  overview: null,
  genres: ['drama'],
  directors: ['Someone'],
  cast: ['A', 'B'],
  releaseYear: 2001,
  releaseDate: null,
  runtimeMinutes: 100,
  contentRating: { system: 'MPAA', rating: 'PG' },
  popularity: 0.5,
  averageRating: null,
  voteCount: 0,
  qualityScore: 0.5,
  externalIds: [],
  offers: [{ platformId: 'netflix', availabilityType: 'SUBSCRIPTION', regions, availableFrom: null, expiresAt: null, source: 'DEMO' }],
});
const consents = (userId: string, granted: boolean) =>
  domainEvent('identity', IDENTITY_CONSENTS_CHANGED, userId, { userId, consents: [{ purpose: 'PERSONALIZATION', granted, policyVersion: '2026-01' }] });
const progress = (userId: string, profileId: string, titleId: string, positionSeconds: number) =>
  domainEvent('sync', SYNC_PROGRESS_UPDATED, `${userId}:${profileId}`, {
    userId,
    profileId,
    titleId,
    positionSeconds,
    durationSeconds: 100,
    completed: positionSeconds > 95,
    hlc: '0000000000001-0000-node',
    deviceId: randomUUID(),
    updatedAt: new Date().toISOString(),
  });
const interactions = (userId: string) => h.db.prisma.recommendationsInteraction.findMany({ where: { userId }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  h = await openRecommendationsHarness();
}, 60_000);

afterAll(async () => {
  await h?.dispose();
});

describe('catalog projection', () => {
  it('writes titles set-based, keeps the newest document, and ignores a replay', async () => {
    const first = domainEvent('catalog', CATALOG_TITLE_UPSERTED, titles[0]!, titleDoc(titles[0]!, 'Old name', ['US']));
    const second = domainEvent('catalog', CATALOG_TITLE_UPSERTED, titles[0]!, titleDoc(titles[0]!, 'New name', null));
    await h.deliver([first, second, domainEvent('catalog', CATALOG_TITLE_UPSERTED, titles[1]!, titleDoc(titles[1]!, 'Other', ['JP']))]);
    await h.deliver([first]);
    const rows = await h.db.prisma.recommendationsCatalogItem.findMany({ orderBy: { name: 'asc' } });
    expect(rows.map((r) => [r.name, r.worldwide, r.regions, r.ratingLevel])).toEqual([
      ['New name', true, [], 1],
      ['Other', false, ['JP'], 1],
    ]);
    await h.service.whenTrained();
    expect((await h.service.describe()).models).toMatchObject({ items: 2 });
  });
});

describe('interactions and the PERSONALIZATION consent', () => {
  it('records nothing without the consent', async () => {
    const user = randomUUID();
    await h.deliver([progress(user, randomUUID(), titles[0]!, 99)]);
    expect(await interactions(user)).toEqual([]);
  });

  it('records progress and watchlist changes with the consent, once per event even when replayed', async () => {
    const user = randomUUID();
    const profile = randomUUID();
    await h.deliver([consents(user, true)]);
    const watched = progress(user, profile, titles[0]!, 97);
    const added = domainEvent('sync', SYNC_WATCHLIST_CHANGED, `${user}:${profile}`, { userId: user, profileId: profile, titleId: titles[1]!, present: true, priority: 0, reason: null, hlc: 'x' });
    await h.deliver([watched, progress(user, profile, titles[1]!, 20), added]);
    await h.deliver([watched]);
    const rows = await interactions(user);
    expect(rows.map((r) => [r.titleId, r.kind, r.completion])).toEqual([
      [titles[0], 'COMPLETION', 0.97],
      [titles[1], 'PROGRESS', 0.2],
      [titles[1], 'WATCHLIST_ADD', null],
    ]);
    expect(rows[0]!.value).toBeGreaterThan(0);
  });

  it('deletes the interactions and adapters when the consent is withdrawn, and everything on erasure', async () => {
    const user = randomUUID();
    const profile = randomUUID();
    await h.deliver([consents(user, true), domainEvent('identity', IDENTITY_PREFERENCES_CHANGED, user, { userId: user, subscribedPlatforms: [], favoriteGenres: ['comedy'], dislikedGenres: [], preferredLanguages: [], maxContentRating: null })]);
    await h.deliver([progress(user, profile, titles[0]!, 50)]);
    await h.db.prisma.recommendationsUserAdapter.create({ data: { userId: user, profileId: profile, rank: 8, dims: 4, alpha: 16, bytes: new Uint8Array(256), version: 1, updatedAt: new Date() } });
    expect(await interactions(user)).toHaveLength(1);

    await h.deliver([consents(user, false)]);
    expect(await interactions(user)).toEqual([]);
    expect(await h.db.prisma.recommendationsUserAdapter.count({ where: { userId: user } })).toBe(0);
    expect(await h.db.prisma.recommendationsViewer.findUnique({ where: { userId: user } })).toMatchObject({ personalization: false, onboardingGenres: ['comedy'] });

    await h.deliver([progress(user, profile, titles[0]!, 60)]);
    expect(await interactions(user)).toEqual([]);

    await h.deliver([domainEvent('identity', IDENTITY_USER_DELETED, user, { userId: user })]);
    expect(await h.db.prisma.recommendationsViewer.findUnique({ where: { userId: user } })).toBeNull();
  });

  it('records ratings and dismissals through the API only with the consent; bad input is BAD_USER_INPUT', async () => {
    const user = randomUUID();
    const profile = randomUUID();
    const rate = (rating: number) => h.gql<{ rateTitle: boolean }>(user, 'mutation ($p: ID!, $t: ID!, $r: Int!) { rateTitle(profileId: $p, titleId: $t, rating: $r) }', { p: profile, t: titles[0], r: rating });
    expect((await rate(5)).data).toEqual({ rateTitle: false });
    await h.deliver([consents(user, true)]);
    expect((await rate(5)).data).toEqual({ rateTitle: true });
    const dismissed = await h.gql(user, 'mutation ($p: ID!, $t: ID!) { dismissRecommendation(profileId: $p, titleId: $t) }', { p: profile, t: titles[1] });
    expect(dismissed.data).toEqual({ dismissRecommendation: true });
    expect((await interactions(user)).map((r) => [r.kind, r.rating])).toEqual([
      ['RATING', 5],
      ['DISMISSAL', null],
    ]);
    const bad = await h.gql(user, 'mutation ($p: ID!, $t: ID!) { rateTitle(profileId: $p, titleId: $t, rating: 6) }', { p: 'nope', t: titles[0] });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toBe('profileId must be a UUID, got "nope"; rating must be between 1 and 5, got 6');
  });
});
