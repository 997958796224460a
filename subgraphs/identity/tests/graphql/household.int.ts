import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityHarness, firstError, type IdentityHarness, type SeededUser } from './support/identityHarness.js';

let h: IdentityHarness;
let alice: SeededUser;
let bob: SeededUser;
let admin: SeededUser;
let kidsId: string;

const PROFILES = /* GraphQL */ `
  {
    me {
      profiles {
        id
        name
        isKids
      }
    }
  }
`;
const CREATE = /* GraphQL */ `
  mutation ($input: ProfileInput!) {
    createProfile(input: $input) {
      id
      name
      isKids
    }
  }
`;
const RESTRICTIONS = /* GraphQL */ `
  query ($id: ID!) {
    profile(id: $id) {
      contentRestrictions {
        maxContentRating
        blockedGenres
        viewingAllowedNow
        pinVerifiedUntil
      }
    }
  }
`;
const SET_CONTROLS = /* GraphQL */ `
  mutation ($id: ID!, $input: ParentalControlsInput!, $pin: String) {
    setParentalControls(profileId: $id, input: $input, pin: $pin) {
      enabled
      contentRatingLimit
      blockedGenres
      viewingStart
      viewingEnd
      timeZone
      hasPin
    }
  }
`;
const VERIFY_PIN = /* GraphQL */ `
  mutation ($id: ID!, $pin: String!) {
    verifyParentalPin(profileId: $id, pin: $pin) {
      verified
      verifiedUntil
    }
  }
`;
const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Profile {
        id
        name
      }
      ... on User {
        id
        email
      }
    }
  }
`;

const CONTROLS = { enabled: true, contentRatingLimit: 'PG_13', blockedGenres: ['Horror', 'horror '], viewingStart: '06:00', viewingEnd: '21:00', timeZone: 'europe/paris' };

beforeAll(async () => {
  h = await createIdentityHarness();
  alice = await h.seedUser({ email: 'alice@example.test', displayName: 'Alice Liddell' });
  bob = await h.seedUser({ email: 'bob@example.test' });
  admin = await h.seedUser({ email: 'admin@example.test', role: 'admin' });
});

afterAll(async () => {
  await h?.dispose();
});

describe('profiles', () => {
  it("creates a default profile named after the display name on the owner's first read, once", async () => {
    const first = await h.data<{ me: { profiles: Array<{ id: string; name: string }> } }>(h.asUser(alice), PROFILES);
    expect(first.me.profiles).toEqual([{ id: expect.any(String), name: 'Alice Liddell', isKids: false }]);
    expect(await h.data(h.asUser(alice), PROFILES)).toEqual(first);
  });

  it('allows at most six profiles', async () => {
    const kids = await h.data<{ createProfile: { id: string } }>(h.asUser(alice), CREATE, { input: { name: 'Kids', isKids: true } });
    kidsId = kids.createProfile.id;
    for (let i = 3; i <= 6; i++) await h.data(h.asUser(alice), CREATE, { input: { name: `P${i}` } });
    const seventh = await h.run(h.asUser(alice), CREATE, { input: { name: 'P7' } });
    expect(firstError(seventh)).toMatchObject({ code: 'CONFLICT', message: 'A household has at most 6 profiles.' });
    const bad = await h.run(h.asUser(bob), CREATE, { input: { name: ' ', avatarUrl: 'http://x.test/a.png' } });
    expect(firstError(bad)?.extensions.problems).toEqual(['name must be 1 to 50 characters, got 0', 'avatarUrl must use https, got http']);
  });

  it("answers NOT_FOUND when user B touches user A's profile or its controls", async () => {
    const asBob = h.asUser(bob);
    const notFound = { code: 'NOT_FOUND', message: `No profile "${kidsId}".` };
    expect(firstError(await h.run(asBob, 'query ($id: ID!) { profile(id: $id) { id } }', { id: kidsId }))).toMatchObject(notFound);
    expect(firstError(await h.run(asBob, 'mutation ($id: ID!) { updateProfile(id: $id, input: { name: "Mine" }) { id } }', { id: kidsId }))).toMatchObject(notFound);
    expect(firstError(await h.run(asBob, 'mutation ($id: ID!) { deleteProfile(id: $id) }', { id: kidsId }))).toMatchObject(notFound);
    expect(firstError(await h.run(asBob, SET_CONTROLS, { id: kidsId, input: { enabled: false } }))).toMatchObject(notFound);
    expect(firstError(await h.run(asBob, VERIFY_PIN, { id: kidsId, pin: '1234' }))).toMatchObject(notFound);
    expect((await h.data<{ me: { profiles: unknown[] } }>(asBob, PROFILES)).me.profiles).toHaveLength(1);
  });

  it('resolves Profile and User references only for their owner or an admin', async () => {
    const representations = [
      { __typename: 'Profile', id: kidsId },
      { __typename: 'User', id: alice.id },
    ];
    expect(await h.data(h.asUser(bob), ENTITIES, { representations })).toEqual({ _entities: [null, null] });
    expect(await h.data(h.asUser(alice), ENTITIES, { representations })).toEqual({
      _entities: [
        { id: kidsId, name: 'Kids' },
        { id: alice.id, email: alice.email },
      ],
    });
    expect(await h.data(h.asUser(admin), ENTITIES, { representations })).toEqual({
      _entities: [
        { id: kidsId, name: 'Kids' },
        { id: alice.id, email: alice.email },
      ],
    });
  });
});

describe('parental controls and the PIN', () => {
  it('holds a kids profile to PG until controls say otherwise', async () => {
    expect(await h.data(h.asUser(alice), RESTRICTIONS, { id: kidsId })).toEqual({
      profile: { contentRestrictions: { maxContentRating: 'PG', blockedGenres: [], viewingAllowedNow: true, pinVerifiedUntil: null } },
    });
  });

  it('validates controls, reporting every problem', async () => {
    const result = await h.run(h.asUser(alice), SET_CONTROLS, { id: kidsId, input: { enabled: true, viewingStart: '25:00', timeZone: 'Mars/Base', newPin: '12a4' } });
    expect(firstError(result)?.extensions.problems).toEqual([
      'viewingStart must be a 24-hour time HH:MM, got "25:00"',
      'viewingStart and viewingEnd must be given together',
      'timeZone must be an IANA time zone such as "Europe/Paris", got "Mars/Base"',
      'newPin must be exactly 4 digits',
    ]);
  });

  it('sets controls with a PIN, and then needs that PIN to change them', async () => {
    expect(await h.data(h.asUser(alice), SET_CONTROLS, { id: kidsId, input: { ...CONTROLS, newPin: '1234' } })).toEqual({
      setParentalControls: {
        enabled: true,
        contentRatingLimit: 'PG_13',
        blockedGenres: ['horror'],
        viewingStart: '06:00',
        viewingEnd: '21:00',
        timeZone: 'Europe/Paris',
        hasPin: true,
      },
    });
    expect(firstError(await h.run(h.asUser(alice), SET_CONTROLS, { id: kidsId, input: { enabled: false } }))).toMatchObject({
      code: 'FORBIDDEN',
      message: "Changing this profile's parental controls needs its PIN.",
    });
    expect(firstError(await h.run(h.asUser(alice), SET_CONTROLS, { id: kidsId, input: { enabled: false }, pin: '0000' }))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'The PIN is not correct.',
    });
    const kept = await h.data(h.asUser(alice), SET_CONTROLS, { id: kidsId, input: CONTROLS, pin: '1234' });
    expect(kept).toMatchObject({ setParentalControls: { hasPin: true, contentRatingLimit: 'PG_13' } });
    // 12:00 UTC is 14:00 in Paris, inside 06:00–21:00; 20:30 UTC is 22:30 there.
    expect(await h.data(h.asUser(alice), RESTRICTIONS, { id: kidsId })).toEqual({
      profile: { contentRestrictions: { maxContentRating: 'PG_13', blockedGenres: ['horror'], viewingAllowedNow: true, pinVerifiedUntil: null } },
    });
    const evening = h.clock.now;
    h.clock.now = new Date('2026-06-01T20:30:00.000Z');
    expect(await h.data(h.asUser(alice), RESTRICTIONS, { id: kidsId })).toMatchObject({ profile: { contentRestrictions: { viewingAllowedNow: false } } });
    h.clock.now = evening;
  });

  it('a verified PIN lifts the restrictions for 5 minutes', async () => {
    expect(await h.data(h.asUser(alice), VERIFY_PIN, { id: kidsId, pin: '9999' })).toEqual({ verifyParentalPin: { verified: false, verifiedUntil: null } });
    expect(await h.data(h.asUser(alice), VERIFY_PIN, { id: kidsId, pin: '1234' })).toEqual({
      verifyParentalPin: { verified: true, verifiedUntil: '2026-06-01T12:05:00.000Z' },
    });
    expect(await h.data(h.asUser(alice), RESTRICTIONS, { id: kidsId })).toEqual({
      profile: { contentRestrictions: { maxContentRating: null, blockedGenres: [], viewingAllowedNow: true, pinVerifiedUntil: '2026-06-01T12:05:00.000Z' } },
    });
    h.clock.now = new Date('2026-06-01T12:05:00.000Z');
    expect(await h.data(h.asUser(alice), RESTRICTIONS, { id: kidsId })).toMatchObject({
      profile: { contentRestrictions: { maxContentRating: 'PG_13', pinVerifiedUntil: null } },
    });
  });

  it('allows 5 PIN attempts a minute per profile', async () => {
    for (let i = 0; i < 5; i++) expect(await h.data(h.asUser(alice), VERIFY_PIN, { id: kidsId, pin: '0000' })).toMatchObject({ verifyParentalPin: { verified: false } });
    const limited = await h.run(h.asUser(alice), VERIFY_PIN, { id: kidsId, pin: '1234' });
    expect(firstError(limited)).toMatchObject({ code: 'RATE_LIMITED', message: 'Too many PIN attempts; try again later.', extensions: { retryAfterSeconds: 60 } });
  });
});
