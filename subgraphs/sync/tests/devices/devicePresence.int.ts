import { REDIS_SKIP_REASON, testRedisUrl } from '@media-gateway/testing';
import type { ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, createDeviceHarness, isStream, nextEvent, user, type DeviceHarness } from './support/deviceHarness.js';
import { DEVICE, DISCONNECT, HEARTBEAT, PRESENCE_CHANGED, REGISTER, REMOVE, phoneInput, tvInput } from './support/operations.js';

const redis = testRedisUrl();
if (!redis) console.warn(`devices presence suite skipped: ${REDIS_SKIP_REASON}`);

const TITLE = '3f2b8c1e-5d4a-4c7b-9e1f-2a3b4c5d6e7f';
const SESSION = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const SECOND = 1_000;
const MINUTE = 60 * SECOND;

interface Change {
  presenceChanged: { kind: string; at: string; device: { id: string; name: string; status: string; state: string | null; nowPlaying: { id: string } | null } };
}

describe.skipIf(!redis)('device presence (§8) through GraphQL, Redis and Postgres', () => {
  let h: DeviceHarness;
  beforeAll(async () => {
    h = await createDeviceHarness('devices-presence');
  });
  afterAll(async () => {
    await h?.dispose();
  });

  const registerTv = async (identity: ReturnType<typeof user>, input = tvInput()) =>
    (await h.data<{ registerDevice: { device: { id: string } } }>(identity, REGISTER, { input })).registerDevice.device.id;
  const beat = (identity: ReturnType<typeof user>, deviceId: string, variables: Record<string, unknown> = {}) =>
    h.data<{ heartbeat: { reconcile: boolean; nextHeartbeatSeconds: number; device: Record<string, unknown> } }>(identity, HEARTBEAT, {
      deviceId,
      ...variables,
    });
  const changes = async (identity: ReturnType<typeof user>, open = h.subscribe) => {
    const stream = await open(identity, PRESENCE_CHANGED);
    if (!isStream(stream)) throw new Error(`presenceChanged refused: ${JSON.stringify(stream.errors)}`);
    return stream as AsyncGenerator<ExecutionResult>;
  };
  const next = async (stream: AsyncGenerator<ExecutionResult>) => (await nextEvent<Change>(stream)).presenceChanged;

  it('shows a device online from its first heartbeat, WATCHING with what it plays, with JOIN and STATE events', async () => {
    const ada = user();
    const tv = await registerTv(ada);
    const stream = await changes(ada);

    const first = await beat(ada, tv);
    expect(first.heartbeat).toMatchObject({ reconcile: true, nextHeartbeatSeconds: 30, device: { status: 'ONLINE', state: 'BROWSING' } });
    expect(await next(stream)).toEqual({
      kind: 'JOIN',
      at: new Date(h.clock.now).toISOString(),
      device: { id: tv, name: 'Living room TV', status: 'ONLINE', state: 'BROWSING', nowPlaying: null },
    });

    h.clock.now += 30 * SECOND;
    expect((await beat(ada, tv)).heartbeat.reconcile).toBe(false);
    h.clock.now += 30 * SECOND;
    await beat(ada, tv, { state: 'WATCHING', titleId: TITLE, sessionId: SESSION });
    // The plain beat in between said nothing: the next event is the state change.
    expect(await next(stream)).toMatchObject({ kind: 'STATE', device: { status: 'WATCHING', state: 'WATCHING', nowPlaying: { id: TITLE } } });
    expect(await h.data(ada, DEVICE, { id: tv })).toMatchObject({
      device: { status: 'WATCHING', state: 'WATCHING', nowPlaying: { id: TITLE }, lastSeenAt: new Date(h.clock.now).toISOString() },
    });
    await stream.return(undefined);
  });

  it('writes last_seen_at to Postgres at most once a minute', async () => {
    const ada = user();
    const tv = await registerTv(ada);
    const start = h.clock.now;
    const lastSeen = async () => (await h.db.prisma.syncDevice.findUniqueOrThrow({ where: { id: tv } })).lastSeenAt?.getTime();
    await beat(ada, tv);
    expect(await lastSeen()).toBe(start);
    h.clock.now += 30 * SECOND;
    await beat(ada, tv);
    expect(await lastSeen()).toBe(start);
    h.clock.now += 30 * SECOND;
    await beat(ada, tv);
    expect(await lastSeen()).toBe(start + MINUTE);
  });

  it('times a silent device out through the sweeper: OFFLINE at once, TIMEOUT after the grace', async () => {
    const ada = user();
    const tv = await registerTv(ada);
    await beat(ada, tv);
    const stream = await changes(ada);
    // A replica whose sweeper timer runs; closed at the end so it does not sweep under the other tests.
    const swept = await h.replica();
    await swept.module.start();

    h.clock.now += 61 * SECOND;
    await h.module.sweep();
    expect(await h.data(ada, DEVICE, { id: tv })).toMatchObject({ device: { status: 'OFFLINE', state: null } });
    // The timer publishes the TIMEOUT once the clock passes the grace.
    h.clock.now += 5 * SECOND;
    expect(await next(stream)).toMatchObject({ kind: 'TIMEOUT', device: { id: tv, status: 'OFFLINE', state: null } });
    await stream.return(undefined);
    await swept.module.close();
  });

  it('turns a goodbye and a quick return into one STATE, and a goodbye alone into LEAVE', async () => {
    const ada = user();
    const tv = await registerTv(ada);
    await beat(ada, tv);
    const stream = await changes(ada);

    expect(await h.data(ada, DISCONNECT, { deviceId: tv })).toEqual({ disconnectDevice: true });
    expect(await h.data(ada, DEVICE, { id: tv })).toMatchObject({ device: { status: 'OFFLINE' } });
    h.clock.now += 2 * SECOND;
    expect((await beat(ada, tv, { state: 'WATCHING', titleId: TITLE })).heartbeat.reconcile).toBe(false);
    h.clock.now += 10 * SECOND;
    await h.module.sweep();
    expect(await next(stream)).toMatchObject({ kind: 'STATE', device: { status: 'WATCHING' } });

    await h.data(ada, DISCONNECT, { deviceId: tv });
    h.clock.now += 5 * SECOND;
    await h.module.sweep();
    expect(await next(stream)).toMatchObject({ kind: 'LEAVE', device: { id: tv, status: 'OFFLINE' } });
    expect(await h.data(ada, DISCONNECT, { deviceId: tv })).toEqual({ disconnectDevice: false });

    h.clock.now += 6 * MINUTE;
    expect((await beat(ada, tv)).heartbeat.reconcile).toBe(true);
    expect(await next(stream)).toMatchObject({ kind: 'JOIN' });
    await stream.return(undefined);
  });

  it('holds a flap across replicas: leave on one, back on another, one STATE; each timeout claimed once', async () => {
    // Earlier tests' devices share the presence keyspace: let them all time out first, so the counts below are ours.
    h.clock.now += 61 * SECOND;
    await h.module.sweep();
    h.clock.now += 5 * SECOND;
    await h.module.sweep();

    const ada = user('premium');
    const tv = await registerTv(ada);
    const phone = await registerTv(ada, phoneInput());
    const other = await h.replica();
    const stream = await changes(ada);

    await beat(ada, tv);
    expect(await next(stream)).toMatchObject({ kind: 'JOIN', device: { id: tv } });
    await h.data(ada, DISCONNECT, { deviceId: tv });
    h.clock.now += SECOND;
    const back = await other.run(ada, HEARTBEAT, { deviceId: tv, state: 'BROWSING' });
    expect(back.errors).toBeUndefined();
    expect(await next(stream)).toMatchObject({ kind: 'STATE', device: { id: tv, status: 'ONLINE' } });

    // Both replicas sweep; the phone's timeout is published exactly once, and the TV (still beating) never.
    await beat(ada, phone);
    expect(await next(stream)).toMatchObject({ kind: 'JOIN', device: { id: phone } });
    h.clock.now += 61 * SECOND;
    await beat(ada, tv);
    const swept = await Promise.all([h.module.sweep(), other.module.sweep()]);
    expect(swept.map((s) => s.timedOut).sort()).toEqual([0, 1]);
    h.clock.now += 5 * SECOND;
    const published = await Promise.all([h.module.sweep(), other.module.sweep()]);
    expect(published.map((s) => s.published).sort()).toEqual([0, 1]);
    await beat(ada, tv, { state: 'PAUSED', titleId: TITLE });
    // TIMEOUT then the TV's STATE: no second TIMEOUT in between.
    expect(await next(stream)).toMatchObject({ kind: 'TIMEOUT', device: { id: phone } });
    expect(await next(stream)).toMatchObject({ kind: 'STATE', device: { id: tv, state: 'PAUSED' } });
    await stream.return(undefined);
  });

  it('shows IDLE after 5 minutes of browsing without a change', async () => {
    const ada = user();
    const tv = await registerTv(ada);
    await beat(ada, tv);
    for (let i = 0; i < 10; i++) {
      h.clock.now += 30 * SECOND;
      await beat(ada, tv);
    }
    expect(await h.data(ada, DEVICE, { id: tv })).toMatchObject({ device: { status: 'ONLINE', state: 'IDLE' } });
    expect((await beat(ada, tv, { state: 'IDLE' })).heartbeat.device).toMatchObject({ state: 'IDLE' });
  });

  it('says LEAVE at once when an online device is removed', async () => {
    const ada = user();
    const tv = await registerTv(ada);
    await beat(ada, tv);
    const stream = await changes(ada);
    await h.data(ada, REMOVE, { id: tv });
    expect(await next(stream)).toMatchObject({ kind: 'LEAVE', device: { id: tv, name: 'Living room TV', status: 'OFFLINE' } });
    await stream.return(undefined);
  });

  it("never lets another user beat, disconnect or watch the presence of someone's devices", async () => {
    const ada = user();
    const bob = user();
    const tv = await registerTv(ada);
    const bobs = await changes(bob);
    expect(codes(await h.run(bob, HEARTBEAT, { deviceId: tv }))).toEqual(['NOT_FOUND']);
    expect(codes(await h.run(bob, DISCONNECT, { deviceId: tv }))).toEqual(['NOT_FOUND']);
    await beat(ada, tv);
    expect(await h.data(ada, DEVICE, { id: tv })).toMatchObject({ device: { status: 'ONLINE' } });
    // Bob's stream sees his own device's JOIN first: nothing of Ada's came before it.
    const bobTv = await registerTv(bob);
    await beat(bob, bobTv);
    expect(await next(bobs)).toMatchObject({ kind: 'JOIN', device: { id: bobTv } });
    await bobs.return(undefined);
  });

  it('refuses a malformed title or session id in a heartbeat', async () => {
    const ada = user();
    const tv = await registerTv(ada);
    const result = await h.run(ada, HEARTBEAT, { deviceId: tv, state: 'WATCHING', titleId: 'x', sessionId: 'y' });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: ['titleId must be a title id (UUID)', 'sessionId must be a playback session id (UUID)'],
    });
  });
});
