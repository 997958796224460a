import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityHarness, firstError, type IdentityHarness, type SeededUser } from './support/identityHarness.js';

let h: IdentityHarness;
let alice: SeededUser;

const UPDATE = /* GraphQL */ `
  mutation ($input: PreferencesInput!) {
    updatePreferences(input: $input) {
      favoriteGenres
      dislikedGenres
      preferredLanguages
      subscribedPlatforms
      maxContentRating
      preferredVideoQuality
      autoplayNext
    }
  }
`;
const CONSENTS = /* GraphQL */ `
  mutation ($input: [ConsentInput!]!) {
    updatePrivacyConsents(input: $input) {
      purpose
      granted
      policyVersion
      updatedAt
    }
  }
`;

beforeAll(async () => {
  h = await createIdentityHarness();
  alice = await h.seedUser({ email: 'alice@example.test' });
});

afterAll(async () => {
  await h?.dispose();
});

describe('preferences', () => {
  it('starts from the defaults', async () => {
    expect(await h.data(h.asUser(alice), '{ me { preferences { favoriteGenres preferredVideoQuality autoplayNext maxContentRating } } }')).toEqual({
      me: { preferences: { favoriteGenres: [], preferredVideoQuality: 'HD', autoplayNext: true, maxContentRating: null } },
    });
  });

  it('keeps favourite and disliked genres apart: a genre set in one leaves the other', async () => {
    await h.data(h.asUser(alice), UPDATE, { input: { favoriteGenres: ['Drama', 'comedy'], dislikedGenres: ['Horror'] } });
    const moved = await h.data(h.asUser(alice), UPDATE, {
      input: { favoriteGenres: ['drama', 'horror'], preferredLanguages: ['EN-us', 'fr', 'en-US'], maxContentRating: 'R', preferredVideoQuality: 'UHD_4K' },
    });
    expect(moved).toEqual({
      updatePreferences: {
        favoriteGenres: ['drama', 'horror'],
        dislikedGenres: [],
        preferredLanguages: ['en-US', 'fr'],
        subscribedPlatforms: [],
        maxContentRating: 'R',
        preferredVideoQuality: 'UHD_4K',
        autoplayNext: true,
      },
    });
    // Leaving maxContentRating out keeps it; an explicit null lifts it.
    expect(await h.data(h.asUser(alice), UPDATE, { input: { autoplayNext: false } })).toMatchObject({ updatePreferences: { maxContentRating: 'R', autoplayNext: false } });
    expect(await h.data(h.asUser(alice), UPDATE, { input: { maxContentRating: null } })).toMatchObject({ updatePreferences: { maxContentRating: null } });
  });

  it('answers bad input with BAD_USER_INPUT and every problem', async () => {
    const result = await h.run(h.asUser(alice), UPDATE, {
      input: { favoriteGenres: ['horror'], dislikedGenres: ['Horror'], preferredLanguages: ['not a tag'], subscribedPlatforms: ['Net Flix'] },
    });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(firstError(result)?.extensions.problems).toEqual([
      'genres cannot be both favorite and disliked: horror',
      'preferredLanguages has invalid BCP 47 language tags: "not a tag"',
      'subscribedPlatforms has malformed platform ids: "net flix"',
    ]);
  });

  it('needs the write:preferences scope', async () => {
    const readOnly = { kind: 'user' as const, userId: alice.id, role: 'free' as const, scopes: ['read:preferences'] };
    expect(firstError(await h.run(readOnly, UPDATE, { input: { autoplayNext: true } }))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'This field needs the scope write:preferences.',
    });
  });
});

describe('privacy consents', () => {
  it('records versioned decisions and keeps the time of the first identical one', async () => {
    const first = await h.data(h.asUser(alice), CONSENTS, {
      input: [
        { purpose: 'CROSS_DEVICE_SYNC', granted: true, policyVersion: '2026-05' },
        { purpose: 'ANALYTICS', granted: false, policyVersion: '2026-05' },
      ],
    });
    expect(first).toEqual({
      updatePrivacyConsents: [
        { purpose: 'ANALYTICS', granted: false, policyVersion: '2026-05', updatedAt: '2026-06-01T12:00:00.000Z' },
        { purpose: 'CROSS_DEVICE_SYNC', granted: true, policyVersion: '2026-05', updatedAt: '2026-06-01T12:00:00.000Z' },
      ],
    });
    h.clock.now = new Date('2026-06-02T12:00:00.000Z');
    const again = await h.data<{ updatePrivacyConsents: Array<{ purpose: string; updatedAt: string }> }>(h.asUser(alice), CONSENTS, {
      input: [
        { purpose: 'CROSS_DEVICE_SYNC', granted: true, policyVersion: '2026-05' },
        { purpose: 'ANALYTICS', granted: true, policyVersion: '2026-05' },
      ],
    });
    expect(again.updatePrivacyConsents.map((c) => [c.purpose, c.updatedAt])).toEqual([
      ['ANALYTICS', '2026-06-02T12:00:00.000Z'],
      ['CROSS_DEVICE_SYNC', '2026-06-01T12:00:00.000Z'],
    ]);
    const stored = await h.db.prisma.privacyConsent.findMany({ where: { userId: alice.id }, orderBy: { purpose: 'asc' }, select: { purpose: true } });
    expect(stored.map((row) => row.purpose)).toEqual(['analytics', 'cross_device_sync']);
    expect(await h.data(h.asUser(alice), '{ me { privacyConsents { purpose granted } } }')).toEqual({
      me: {
        privacyConsents: [
          { purpose: 'ANALYTICS', granted: true },
          { purpose: 'CROSS_DEVICE_SYNC', granted: true },
        ],
      },
    });
  });

  it('refuses duplicate purposes and malformed policy versions', async () => {
    const result = await h.run(h.asUser(alice), CONSENTS, {
      input: [
        { purpose: 'ANALYTICS', granted: true, policyVersion: 'v 1' },
        { purpose: 'ANALYTICS', granted: false, policyVersion: '2026-05' },
      ],
    });
    expect(firstError(result)?.extensions.problems).toEqual([
      'input decides these purposes more than once: ANALYTICS',
      `policyVersion must be 1 to 32 letters, digits, '.', '_' or '-', got "v 1"`,
    ]);
  });
});
