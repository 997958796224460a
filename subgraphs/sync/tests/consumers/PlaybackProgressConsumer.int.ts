import { randomUUID } from 'node:crypto';
import { InProcessEventBus, PLAYBACK_EVENTS_VERSION, PLAYBACK_POSITION_UPDATED, type DomainEvent, type PlaybackPositionUpdatedPayload, type ReplaySource } from '@media-gateway/events';
import { createLogger } from '@media-gateway/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYBACK_SOURCE, PlaybackProgressConsumer, PrismaLibraryStore, SYNC_PROGRESS_GROUP, type LibrarySync } from '@media-gateway/sync';
import { createSyncHarness, user, type SyncHarness } from '../support/syncHarness.js';
import { hlcOf, titleId } from '../support/ids.js';

let h: SyncHarness;
beforeAll(async () => {
  h = await createSyncHarness('sync-playback-consumer');
});
afterAll(async () => {
  await h?.dispose();
});

let sequence = 0;
function positionEvent(payload: PlaybackPositionUpdatedPayload, seq = ++sequence): DomainEvent<PlaybackPositionUpdatedPayload> {
  return {
    id: randomUUID(),
    type: PLAYBACK_POSITION_UPDATED,
    source: PLAYBACK_SOURCE,
    aggregateId: payload.sessionId,
    sequence: seq,
    occurredAt: new Date().toISOString(),
    payload,
    schemaVersion: PLAYBACK_EVENTS_VERSION,
  };
}

const LIBRARY = /* GraphQL */ `
  query ($profileId: ID!) {
    library(profileId: $profileId) { cursor progress { title { id } positionSeconds deviceId hlc } }
  }
`;
const SYNC_SINCE = /* GraphQL */ `
  query ($profileId: ID!, $cursor: String) { syncSince(profileId: $profileId, cursor: $cursor) { operations { kind positionSeconds } } }
`;

describe('the playback position consumer', () => {
  it('folds positions into progress (LWW by HLC), once per event, and tells the user\'s devices', async () => {
    const alice = user();
    const deviceId = await h.registerDevice(alice, 'TV');
    const profileId = randomUUID();
    const start = await h.data<{ library: { cursor: string } }>(alice, LIBRARY, { profileId });
    const changes = await h.subscribe(alice, /* GraphQL */ `subscription { libraryChanged { operation { kind deviceId } progress { positionSeconds } } }`);
    if (!(Symbol.asyncIterator in changes)) throw new Error('subscription refused');

    const base = Date.now() - 60_000;
    const payload = { userId: alice.userId, profileId, titleId: titleId(1), sessionId: randomUUID(), deviceId, positionSeconds: 754, durationSeconds: 1_800, hlc: hlcOf(base, deviceId) };
    const event = positionEvent(payload);
    await h.bus.publish([event, event]);
    await h.bus.publish([positionEvent({ ...payload, positionSeconds: 100, hlc: hlcOf(base - 10_000, deviceId) })]);
    await h.bus.whenIdle();

    const { library } = await h.data<{ library: { progress: unknown[] } }>(alice, LIBRARY, { profileId });
    expect(library.progress).toEqual([{ title: { id: titleId(1) }, positionSeconds: 754, deviceId, hlc: payload.hlc }]);
    const log = await h.data<{ syncSince: { operations: unknown[] } }>(alice, SYNC_SINCE, { profileId, cursor: start.library.cursor });
    expect(log.syncSince.operations).toEqual([{ kind: 'PROGRESS', positionSeconds: 754 }]);
    const change = await changes.next();
    expect(change.value?.data?.libraryChanged).toEqual({ operation: { kind: 'PROGRESS', deviceId }, progress: { positionSeconds: 754 } });
    await changes.return?.(undefined);

    const store = new PrismaLibraryStore(h.db.prisma);
    expect(await store.consumerOffset(SYNC_PROGRESS_GROUP, PLAYBACK_SOURCE)).toBe(sequence);
  });

  it('skips an event that breaks the contract instead of retrying it forever', async () => {
    const alice = user();
    const profileId = randomUUID();
    await h.bus.publish([positionEvent({ userId: alice.userId, profileId, titleId: 'not-a-title', sessionId: randomUUID(), deviceId: randomUUID(), positionSeconds: 1, durationSeconds: 2, hlc: 'bad' })]);
    await h.bus.whenIdle();
    const { library } = await h.data<{ library: { progress: unknown[] } }>(alice, LIBRARY, { profileId });
    expect(library.progress).toEqual([]);
    expect(await h.service.describe()).toMatchObject({ playbackConsumer: { refused: 1 } });
  });

  it('asks the bus to replay from after the position it recorded', async () => {
    const store = new PrismaLibraryStore(h.db.prisma);
    const recorded = (await store.consumerOffset(SYNC_PROGRESS_GROUP, PLAYBACK_SOURCE)) ?? 0;
    const asked: number[] = [];
    const source: ReplaySource = {
      source: PLAYBACK_SOURCE,
      replay: async (fromSequence) => {
        asked.push(fromSequence);
      },
    };
    const bus = new InProcessEventBus();
    bus.addReplaySource(source);
    const consumer = new PlaybackProgressConsumer({ bus, store, library: {} as LibrarySync, logger: createLogger({ name: 'sync-test', level: 'silent' }) });
    await consumer.start();
    await bus.whenIdle();
    await consumer.stop();
    await bus.close();
    expect(asked).toEqual([recorded + 1]);
  });
});
