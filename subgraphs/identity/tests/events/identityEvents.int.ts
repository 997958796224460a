import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  IDENTITY_CONSENTS_CHANGED,
  IDENTITY_PREFERENCES_CHANGED,
  IDENTITY_USER_DELETED,
  InProcessEventBus,
  isIdentityConsentsChanged,
  isIdentityPreferencesChanged,
  isIdentityUserDeleted,
  OutboxRelay,
  replayOutbox,
  type DomainEvent,
} from '@media-gateway/events';
import { IDENTITY_OUTBOX_SCHEMA } from '@media-gateway/identity';
import { userDeletedEvent } from '../../src/events/userDeletedEvent.js';
import { createIdentityHarness, firstError, type IdentityHarness, type SeededUser } from '../graphql/support/identityHarness.js';

let h: IdentityHarness;
let alice: SeededUser;
let bob: SeededUser;

const PREFERENCES = /* GraphQL */ `
  mutation ($input: PreferencesInput!) {
    updatePreferences(input: $input) { subscribedPlatforms }
  }
`;
const CONSENTS = /* GraphQL */ `
  mutation ($input: [ConsentInput!]!) {
    updatePrivacyConsents(input: $input) { purpose granted }
  }
`;

async function outbox(): Promise<DomainEvent[]> {
  const events: DomainEvent[] = [];
  await replayOutbox(h.db.prisma, IDENTITY_OUTBOX_SCHEMA, 0, (event) => void events.push(event));
  return events;
}

/** Makes every audit append fail, so a unit of work rolls back after its other writes (a real database error). */
async function breakAuditLog(): Promise<() => Promise<void>> {
  await h.db.prisma.$executeRawUnsafe(`CREATE FUNCTION identity.test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$`);
  await h.db.prisma.$executeRawUnsafe('CREATE TRIGGER test_refuse_audit BEFORE INSERT ON identity.audit_log FOR EACH ROW EXECUTE FUNCTION identity.test_refuse_audit()');
  return async () => {
    await h.db.prisma.$executeRawUnsafe('DROP TRIGGER test_refuse_audit ON identity.audit_log');
    await h.db.prisma.$executeRawUnsafe('DROP FUNCTION identity.test_refuse_audit()');
  };
}

beforeAll(async () => {
  h = await createIdentityHarness();
  alice = await h.seedUser({ email: 'alice@example.test' });
  bob = await h.seedUser({ email: 'bob@example.test' });
});
afterAll(async () => {
  await h?.dispose();
});
beforeEach(async () => {
  await h.db.prisma.$executeRawUnsafe('TRUNCATE identity.outbox_event, identity.preferences, identity.privacy_consent');
});

describe('identity.preferences.changed', () => {
  it('is appended with every preferences write: the full published preferences, keyed by the user', async () => {
    await h.data(h.asUser(alice), PREFERENCES, {
      input: { subscribedPlatforms: ['Netflix', 'hulu'], favoriteGenres: ['Drama'], dislikedGenres: ['horror'], preferredLanguages: ['EN-us', 'fr'], maxContentRating: 'PG_13' },
    });
    await h.data(h.asUser(alice), PREFERENCES, { input: { autoplayNext: false } });

    const events = await outbox();
    expect(events).toHaveLength(2);
    const [first, second] = events as [DomainEvent, DomainEvent];
    expect(first).toMatchObject({
      type: IDENTITY_PREFERENCES_CHANGED,
      source: 'identity',
      aggregateId: alice.id,
      schemaVersion: 1,
      occurredAt: h.clock.now.toISOString(),
      payload: {
        userId: alice.id,
        subscribedPlatforms: ['netflix', 'hulu'],
        favoriteGenres: ['drama'],
        dislikedGenres: ['horror'],
        preferredLanguages: ['en-US', 'fr'],
        maxContentRating: 'PG-13',
      },
    });
    expect(Object.keys(first.payload as object).sort()).toEqual(['dislikedGenres', 'favoriteGenres', 'maxContentRating', 'preferredLanguages', 'subscribedPlatforms', 'userId']);
    expect(isIdentityPreferencesChanged(first)).toBe(true);
    // A change of an unpublished field still announces the (unchanged) published state: every write is announced.
    expect(second.payload).toEqual(first.payload);
    expect(second.sequence).toBeGreaterThan(first.sequence);
  });

  it('is not appended for bad input', async () => {
    const result = await h.run(h.asUser(alice), PREFERENCES, { input: { subscribedPlatforms: ['Net Flix'] } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await outbox()).toEqual([]);
  });

  it('rolls back with the write when the unit of work fails after appending it', async () => {
    const restore = await breakAuditLog();
    try {
      const result = await h.run(h.asUser(alice), PREFERENCES, { input: { subscribedPlatforms: ['netflix'] } });
      expect(result.errors?.length).toBe(1);
    } finally {
      await restore();
    }
    expect(await outbox()).toEqual([]);
    expect(await h.db.prisma.preferences.findUnique({ where: { userId: alice.id } })).toBeNull();
  });
});

describe('identity.consents.changed', () => {
  it('carries every decision on record, sorted by purpose, after each change', async () => {
    await h.data(h.asUser(alice), CONSENTS, { input: [{ purpose: 'HISTORY_RETENTION', granted: true, policyVersion: '2026-05' }] });
    await h.data(h.asUser(alice), CONSENTS, {
      input: [
        { purpose: 'ANALYTICS', granted: false, policyVersion: '2026-05' },
        { purpose: 'CROSS_DEVICE_SYNC', granted: true, policyVersion: '2026-06' },
      ],
    });

    const events = await outbox();
    expect(events.map((e) => e.type)).toEqual([IDENTITY_CONSENTS_CHANGED, IDENTITY_CONSENTS_CHANGED]);
    expect(events.every(isIdentityConsentsChanged)).toBe(true);
    expect(events[0]).toMatchObject({
      aggregateId: alice.id,
      source: 'identity',
      payload: { userId: alice.id, consents: [{ purpose: 'HISTORY_RETENTION', granted: true, policyVersion: '2026-05' }] },
    });
    expect(events[1]!.payload).toEqual({
      userId: alice.id,
      consents: [
        { purpose: 'ANALYTICS', granted: false, policyVersion: '2026-05' },
        { purpose: 'CROSS_DEVICE_SYNC', granted: true, policyVersion: '2026-06' },
        { purpose: 'HISTORY_RETENTION', granted: true, policyVersion: '2026-05' },
      ],
    });
  });

  it('is not appended when nothing changes, nor for bad input, nor when the change rolls back', async () => {
    await h.data(h.asUser(alice), CONSENTS, { input: [{ purpose: 'ANALYTICS', granted: true, policyVersion: '2026-05' }] });
    // The same decision again writes nothing, so announces nothing.
    await h.data(h.asUser(alice), CONSENTS, { input: [{ purpose: 'ANALYTICS', granted: true, policyVersion: '2026-05' }] });
    const bad = await h.run(h.asUser(alice), CONSENTS, { input: [{ purpose: 'ANALYTICS', granted: false, policyVersion: 'v 1' }] });
    expect(firstError(bad)).toMatchObject({ code: 'BAD_USER_INPUT' });

    const restore = await breakAuditLog();
    try {
      const failed = await h.run(h.asUser(alice), CONSENTS, { input: [{ purpose: 'ANALYTICS', granted: false, policyVersion: '2026-05' }] });
      expect(failed.errors?.length).toBe(1);
    } finally {
      await restore();
    }
    expect((await outbox()).map((e) => e.payload)).toEqual([{ userId: alice.id, consents: [{ purpose: 'ANALYTICS', granted: true, policyVersion: '2026-05' }] }]);
    expect(await h.db.prisma.privacyConsent.findMany({ where: { userId: alice.id }, select: { purpose: true, granted: true } })).toEqual([
      { purpose: 'analytics', granted: true },
    ]);
  });

  it('serialises concurrent changes of one user, so the last event holds both', async () => {
    await Promise.all([
      h.data(h.asUser(bob), CONSENTS, { input: [{ purpose: 'ANALYTICS', granted: true, policyVersion: '2026-05' }] }),
      h.data(h.asUser(bob), CONSENTS, { input: [{ purpose: 'PERSONALIZATION', granted: true, policyVersion: '2026-05' }] }),
    ]);
    const events = await outbox();
    expect(events).toHaveLength(2);
    expect((events[1]!.payload as { consents: Array<{ purpose: string }> }).consents.map((c) => c.purpose)).toEqual(['ANALYTICS', 'PERSONALIZATION']);
  });
});

describe('identity.user.deleted', () => {
  it('is appended through the unit of work that erases an account, and commits or rolls back with it', async () => {
    const stores = (await h.contextFor(h.asUser(alice))).stores;
    await expect(
      stores.transaction(async (tx) => {
        await tx.events.append([userDeletedEvent(bob.id, h.clock.now)]);
        throw new Error('erasure failed');
      }),
    ).rejects.toThrow('erasure failed');
    expect(await outbox()).toEqual([]);

    await stores.transaction((tx) => tx.events.append([userDeletedEvent(bob.id, h.clock.now)]));
    const [event] = await outbox();
    expect(event).toMatchObject({ type: IDENTITY_USER_DELETED, aggregateId: bob.id, source: 'identity', payload: { userId: bob.id } });
    expect(isIdentityUserDeleted(event!)).toBe(true);
  });
});

describe('delivery', () => {
  it('reaches a subscriber of the in-process bus through the outbox relay', async () => {
    const bus = new InProcessEventBus();
    const relay = new OutboxRelay({ prisma: h.db.prisma, schema: IDENTITY_OUTBOX_SCHEMA, bus });
    const received: string[] = [];
    await bus.subscribe({ group: 'playback.viewer', types: [IDENTITY_PREFERENCES_CHANGED, IDENTITY_CONSENTS_CHANGED] }, (event) => {
      received.push(`${event.type}:${event.aggregateId}`);
    });
    await h.data(h.asUser(bob), PREFERENCES, { input: { subscribedPlatforms: ['netflix'] } });
    await h.data(h.asUser(bob), CONSENTS, { input: [{ purpose: 'HISTORY_RETENTION', granted: false, policyVersion: '2026-05' }] });
    expect(await relay.drain()).toBe(2);
    await bus.whenIdle();
    expect(received).toEqual([`${IDENTITY_PREFERENCES_CHANGED}:${bob.id}`, `${IDENTITY_CONSENTS_CHANGED}:${bob.id}`]);
    await bus.close();
  });
});
