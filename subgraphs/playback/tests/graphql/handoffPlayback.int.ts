import { channels, type DeviceCommand } from '@media-gateway/realtime';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ids, SESSION_FIELDS } from '../support/fixtures.js';
import { openPlaybackHarness, type PlaybackHarness } from '../support/playbackHarness.js';

let h: PlaybackHarness;

beforeAll(async () => {
  h = await openPlaybackHarness();
});

afterAll(async () => {
  await h?.dispose();
});

const START = /* GraphQL */ `mutation ($input: StartPlaybackInput!) { startPlaybackSession(input: $input) { id } }`;
const UPDATE = /* GraphQL */ `mutation ($id: ID!, $at: Float!) { updatePlaybackPosition(sessionId: $id, positionSeconds: $at) { id } }`;
const HANDOFF = /* GraphQL */ `mutation ($id: ID!, $to: ID!) {
  handoffPlayback(sessionId: $id, toDeviceId: $to) {
    loadCommandId stopCommandId
    session { ${SESSION_FIELDS} }
    previousSession { ${SESSION_FIELDS} }
  }
}`;

interface Handoff {
  loadCommandId: string;
  stopCommandId: string | null;
  session: { id: string; deviceId: string; positionSeconds: number; state: string; resumePositionSeconds: number; title: { id: string } };
  previousSession: { id: string; state: string; endReason: string | null; positionSeconds: number };
}

/** A session playing on the phone at 1500 s. */
async function playingOnPhone() {
  const who = ids();
  const started = await h.gql<{ startPlaybackSession: { id: string } }>(who.user, START, {
    input: { titleId: who.title, deviceId: who.phone, profileId: who.profile, durationSeconds: 6000 },
  });
  const sessionId = started.data!.startPlaybackSession.id;
  h.advance(1_000);
  expect((await h.gql(who.user, UPDATE, { id: sessionId, at: 1500 })).errors).toBeUndefined();
  return { ...who, sessionId };
}

/** Collects what arrives on a channel. */
async function listen(channel: string) {
  const messages: unknown[] = [];
  const stop = await h.pubsub.subscribe(channel, (message) => messages.push(message));
  return { messages, stop };
}

describe('handoffPlayback', () => {
  it('sends LOAD at the current position to the target, STOP to the old device, and moves the session', async () => {
    const { user, phone, tv, title, sessionId } = await playingOnPhone();
    await h.online(user, tv);
    await h.online(user, phone, { deviceType: 'PHONE', state: 'WATCHING', titleId: title, sessionId });
    const toTv = await listen(channels.deviceCommands(user, tv));
    const toPhone = await listen(channels.deviceCommands(user, phone));

    const result = await h.gql<{ handoffPlayback: Handoff }>(user, HANDOFF, { id: sessionId, to: tv });
    expect(result.errors).toBeUndefined();
    const handoff = result.data!.handoffPlayback;
    expect(handoff.session).toMatchObject({ deviceId: tv, positionSeconds: 1500, resumePositionSeconds: 1500, state: 'PLAYING', title: { id: title } });
    expect(handoff.previousSession).toMatchObject({ id: sessionId, state: 'STOPPED', endReason: 'HANDOFF', positionSeconds: 1500 });
    expect(handoff.stopCommandId).toEqual(expect.any(String));

    await vi.waitFor(() => expect(toTv.messages).toHaveLength(1));
    const load = toTv.messages[0] as DeviceCommand;
    expect(load).toMatchObject({
      commandId: handoff.loadCommandId,
      type: 'LOAD',
      sourceDeviceId: phone,
      targetDeviceId: tv,
      params: { titleId: title, positionSeconds: 1500, sessionId: handoff.session.id },
    });
    await vi.waitFor(() => expect(toPhone.messages).toHaveLength(1));
    expect(toPhone.messages[0]).toMatchObject({ commandId: handoff.stopCommandId, type: 'STOP', targetDeviceId: phone });
    await toTv.stop();
    await toPhone.stop();

    const { rows } = await h.db.pool.query<{ aggregate_id: string; type: string; payload: { reason?: string } }>(
      'SELECT aggregate_id, type, payload FROM playback.outbox_event WHERE aggregate_id = ANY($1) ORDER BY sequence',
      [[sessionId, handoff.session.id]],
    );
    expect(rows.slice(-2).map((r) => [r.aggregate_id, r.type, r.payload.reason])).toEqual([
      [sessionId, 'playback.session.ended', 'HANDOFF'],
      [handoff.session.id, 'playback.session.created', undefined],
    ]);
  });

  it('sends no STOP when the old device is offline', async () => {
    const { user, tv, sessionId } = await playingOnPhone();
    await h.online(user, tv);
    const result = await h.gql<{ handoffPlayback: Handoff }>(user, HANDOFF, { id: sessionId, to: tv });
    expect(result.errors).toBeUndefined();
    expect(result.data?.handoffPlayback.stopCommandId).toBeNull();
  });

  it('refuses an offline target, the same device, an ended session and someone else\'s', async () => {
    const { user, phone, tv, sessionId } = await playingOnPhone();
    expect((await h.gql(user, HANDOFF, { id: sessionId, to: tv })).errors?.[0]?.extensions?.code).toBe('DEVICE_OFFLINE');
    await h.online(user, phone);
    expect((await h.gql(user, HANDOFF, { id: sessionId, to: phone })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: ['toDeviceId is the device the session already plays on'],
    });
    const stranger = ids();
    await h.online(stranger.user, tv);
    expect((await h.gql(stranger.user, HANDOFF, { id: sessionId, to: tv })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    await h.online(user, tv);
    expect((await h.gql(user, HANDOFF, { id: sessionId, to: tv })).errors).toBeUndefined();
    expect((await h.gql(user, HANDOFF, { id: sessionId, to: tv })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_ENDED' });
  });

  it('leaves the session alone when the target cannot take a LOAD', async () => {
    const { user, tv, sessionId } = await playingOnPhone();
    await h.online(user, tv, { capabilities: { remoteControllable: true, canCast: false, canReceiveCast: false } });
    const refused = await h.gql(user, HANDOFF, { id: sessionId, to: tv });
    expect(refused.errors?.[0]?.extensions?.code).toBe('DEVICE_NOT_CONTROLLABLE');
    const session = await h.gql(user, /* GraphQL */ `query ($id: ID!) { playbackSession(id: $id) { state deviceId } }`, { id: sessionId });
    expect(session.data?.playbackSession).toMatchObject({ state: 'PLAYING' });
  });
});
