import { parseHlc } from '@media-gateway/crdt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResumeStore } from '../../src/store/ResumeStore.js';
import { ids, progressUpdated, SESSION_FIELDS } from '../support/fixtures.js';
import { openPlaybackHarness, type PlaybackHarness } from '../support/playbackHarness.js';

let h: PlaybackHarness;

beforeAll(async () => {
  h = await openPlaybackHarness();
});

afterAll(async () => {
  await h?.dispose();
});

const START = /* GraphQL */ `mutation ($input: StartPlaybackInput!) { startPlaybackSession(input: $input) { ${SESSION_FIELDS} } }`;
const UPDATE = /* GraphQL */ `mutation ($id: ID!, $at: Float!, $state: PlaybackState) {
  updatePlaybackPosition(sessionId: $id, positionSeconds: $at, state: $state) { ${SESSION_FIELDS} }
}`;
const END = /* GraphQL */ `mutation ($id: ID!, $at: Float) { endPlaybackSession(sessionId: $id, positionSeconds: $at) { ${SESSION_FIELDS} } }`;

interface Session {
  id: string;
  positionSeconds: number;
  durationSeconds: number;
  state: string;
  resumePositionSeconds: number;
  updatedAt: string;
  endedAt: string | null;
  endReason: string | null;
}

async function start(user: string, input: Record<string, unknown>): Promise<Session> {
  const result = await h.gql<{ startPlaybackSession: Session }>(user, START, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.startPlaybackSession;
}

async function outbox(sessionId: string) {
  const { rows } = await h.db.pool.query<{ type: string; payload: Record<string, unknown> }>(
    'SELECT type, payload FROM playback.outbox_event WHERE aggregate_id = $1 ORDER BY sequence',
    [sessionId],
  );
  return rows;
}

describe('startPlaybackSession', () => {
  it('opens a PLAYING session at the resume position taken from the projection (§10 resume rule)', async () => {
    const { user, profile, title, phone, tv } = ids();
    await h.deliver([progressUpdated({ userId: user, profileId: profile, titleId: title, deviceId: phone, positionSeconds: 1234, at: h.now() - 60_000 })]);
    const session = await start(user, { titleId: title, deviceId: tv, profileId: profile, durationSeconds: 6000, platform: 'Netflix' });
    expect(session).toMatchObject({
      title: { id: title },
      deviceId: tv,
      profileId: profile,
      platform: 'netflix',
      positionSeconds: 1234,
      resumePositionSeconds: 1234,
      state: 'PLAYING',
      endedAt: null,
      endReason: null,
    });
    expect((await outbox(session.id)).map((e) => e.type)).toEqual(['playback.session.created']);
  });

  it('starts from 0 when the last position is under 30 s or past 95%, and at an explicit position when given', async () => {
    const { user, profile, title, phone, tv } = ids();
    await h.deliver([progressUpdated({ userId: user, profileId: profile, titleId: title, deviceId: phone, positionSeconds: 5800, at: h.now() })]);
    expect(await start(user, { titleId: title, deviceId: tv, profileId: profile, durationSeconds: 6000 })).toMatchObject({ positionSeconds: 0, resumePositionSeconds: 0 });
    const other = ids();
    await h.deliver([progressUpdated({ userId: user, profileId: profile, titleId: other.title, deviceId: phone, positionSeconds: 20, at: h.now() })]);
    expect(await start(user, { titleId: other.title, deviceId: tv, profileId: profile, durationSeconds: 6000 })).toMatchObject({ resumePositionSeconds: 0 });
    expect(await start(user, { titleId: other.title, deviceId: tv, profileId: profile, durationSeconds: 6000, positionSeconds: 99 })).toMatchObject({
      positionSeconds: 99,
      resumePositionSeconds: 0,
    });
  });

  it('answers bad input with BAD_USER_INPUT listing every problem', async () => {
    const result = await h.gql(ids().user, START, { input: { titleId: 'heat', deviceId: 'tv', profileId: ids().profile, durationSeconds: -5, platform: 'net flix' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        'titleId must be a UUID, got "heat"',
        'deviceId must be a UUID, got "tv"',
        'durationSeconds must be in (0, 86400], got -5',
        'platform must be a catalogue platform id such as "netflix", got "net flix"',
      ],
    });
  });
});

describe('updatePlaybackPosition', () => {
  it('takes one report a second, clamps it, and records it as resume point and position.updated with a server HLC on the device', async () => {
    const { user, profile, title, tv } = ids();
    const session = await start(user, { titleId: title, deviceId: tv, profileId: profile, durationSeconds: 6000 });

    // Within the same second as the start: answered unchanged.
    const throttled = await h.gql<{ updatePlaybackPosition: Session }>(user, UPDATE, { id: session.id, at: 50 });
    expect(throttled.data?.updatePlaybackPosition).toEqual(session);

    h.advance(1_000);
    const moved = await h.gql<{ updatePlaybackPosition: Session }>(user, UPDATE, { id: session.id, at: 120 });
    expect(moved.data?.updatePlaybackPosition).toMatchObject({ positionSeconds: 120, state: 'PLAYING' });

    h.advance(1_000);
    const clamped = await h.gql<{ updatePlaybackPosition: Session }>(user, UPDATE, { id: session.id, at: 9_999 });
    expect(clamped.data?.updatePlaybackPosition.positionSeconds).toBe(6000);

    const events = await outbox(session.id);
    expect(events.map((e) => e.type)).toEqual(['playback.session.created', 'playback.position.updated', 'playback.position.updated']);
    const last = events[2]!.payload;
    expect(last).toMatchObject({ userId: user, profileId: profile, titleId: title, sessionId: session.id, deviceId: tv, positionSeconds: 6000, durationSeconds: 6000 });
    const hlc = parseHlc(last.hlc as string);
    expect(hlc).toMatchObject({ node: tv, physical: h.now() });

    const point = await new ResumeStore(h.db.prisma).get(user, profile, title);
    expect(point).toMatchObject({ positionSeconds: 6000, completed: true, hlc: last.hlc, deviceId: tv });
  });

  it('always takes a pause, even within the second', async () => {
    const { user, profile, title, tv } = ids();
    const session = await start(user, { titleId: title, deviceId: tv, profileId: profile, durationSeconds: 6000 });
    const paused = await h.gql<{ updatePlaybackPosition: Session }>(user, UPDATE, { id: session.id, at: 3, state: 'PAUSED' });
    expect(paused.data?.updatePlaybackPosition).toMatchObject({ state: 'PAUSED', positionSeconds: 3 });
  });

  it('refuses STOPPED (ending is its own mutation) and unknown sessions', async () => {
    const { user } = ids();
    const stopped = await h.gql(user, UPDATE, { id: ids().title, at: 1, state: 'STOPPED' });
    expect(stopped.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: ['state STOPPED ends the session: use endPlaybackSession'] });
    for (const id of [ids().title, 'not-a-session']) {
      const unknown = await h.gql(user, UPDATE, { id, at: 1 });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});

describe('the resume point is one register for both feeds', () => {
  it('keeps the latest of playback\'s accepted positions and the devices\' reports to sync, whichever arrives last', async () => {
    const { user, profile, title, phone, tv } = ids();
    const session = await start(user, { titleId: title, deviceId: tv, profileId: profile, durationSeconds: 6000 });
    h.advance(1_000);
    await h.gql(user, UPDATE, { id: session.id, at: 2000 });
    const resume = new ResumeStore(h.db.prisma);
    // A phone report from before the TV's position arrives late: ignored.
    await h.deliver([progressUpdated({ userId: user, profileId: profile, titleId: title, deviceId: phone, positionSeconds: 100, at: h.now() - 500 })]);
    expect(await resume.get(user, profile, title)).toMatchObject({ positionSeconds: 2000, deviceId: tv });
    // A later one wins, and the next session resumes there.
    await h.deliver([progressUpdated({ userId: user, profileId: profile, titleId: title, deviceId: phone, positionSeconds: 2500, at: h.now() + 500 })]);
    expect(await resume.get(user, profile, title)).toMatchObject({ positionSeconds: 2500, deviceId: phone });
    expect(await start(user, { titleId: title, deviceId: tv, profileId: profile, durationSeconds: 6000 })).toMatchObject({ resumePositionSeconds: 2500 });
  });
});

describe('endPlaybackSession', () => {
  it('stops the session at the final position, records session.ended (completed at ≥ 90%), and refuses a second end', async () => {
    const { user, profile, title, tv } = ids();
    const session = await start(user, { titleId: title, deviceId: tv, profileId: profile, durationSeconds: 6000 });
    h.advance(5_000);
    const ended = await h.gql<{ endPlaybackSession: Session }>(user, END, { id: session.id, at: 5_500 });
    expect(ended.data?.endPlaybackSession).toMatchObject({ state: 'STOPPED', positionSeconds: 5500, endReason: 'ENDED', endedAt: new Date(h.now()).toISOString() });
    const events = await outbox(session.id);
    expect(events.map((e) => e.type)).toEqual(['playback.session.created', 'playback.position.updated', 'playback.session.ended']);
    expect(events[2]!.payload).toMatchObject({ reason: 'ENDED', completed: true, positionSeconds: 5500 });

    const again = await h.gql(user, END, { id: session.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_ENDED' });
    const update = await h.gql(user, UPDATE, { id: session.id, at: 10 });
    expect(update.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lists live sessions by default and ended ones on request, most recent first', async () => {
    const { user, profile, title, tv, phone } = ids();
    const a = await start(user, { titleId: title, deviceId: tv, profileId: profile, durationSeconds: 6000 });
    h.advance(10);
    const b = await start(user, { titleId: title, deviceId: phone, profileId: profile, durationSeconds: 6000 });
    h.advance(10);
    await h.gql(user, END, { id: a.id });
    const live = await h.gql<{ playbackSessions: Array<{ id: string }> }>(user, /* GraphQL */ `{ playbackSessions { id } }`);
    expect(live.data?.playbackSessions.map((s) => s.id)).toEqual([b.id]);
    const all = await h.gql<{ playbackSessions: Array<{ id: string }> }>(user, /* GraphQL */ `{ playbackSessions(activeOnly: false) { id } }`);
    expect(all.data?.playbackSessions.map((s) => s.id)).toEqual([a.id, b.id]);
    const one = await h.gql<{ playbackSession: { state: string } }>(user, /* GraphQL */ `query ($id: ID!) { playbackSession(id: $id) { state } }`, { id: a.id });
    expect(one.data?.playbackSession).toEqual({ state: 'STOPPED' });
  });
});

describe('continueWatching', () => {
  it('lists the profile\'s in-progress titles newest first, merged across devices (the latest report wins)', async () => {
    const { user, profile, phone, tv } = ids();
    const [a, b, done, old] = [ids().title, ids().title, ids().title, ids().title];
    const now = h.now();
    await h.deliver([
      progressUpdated({ userId: user, profileId: profile, titleId: a, deviceId: phone, positionSeconds: 600, at: now - 3_600_000 }),
      progressUpdated({ userId: user, profileId: profile, titleId: a, deviceId: tv, positionSeconds: 1500, at: now - 60_000 }),
      progressUpdated({ userId: user, profileId: profile, titleId: b, deviceId: phone, positionSeconds: 3000, at: now - 120_000 }),
      progressUpdated({ userId: user, profileId: profile, titleId: done, deviceId: tv, positionSeconds: 5900, at: now }),
      progressUpdated({ userId: user, profileId: profile, titleId: old, deviceId: tv, positionSeconds: 600, at: now - 31 * 24 * 3_600_000 }),
    ]);
    const result = await h.gql(user, /* GraphQL */ `query ($p: ID!) { continueWatching(profileId: $p) { title { id } positionSeconds percent deviceId lastWatchedAt } }`, { p: profile });
    expect(result.data?.continueWatching).toEqual([
      { title: { id: a }, positionSeconds: 1500, percent: 25, deviceId: tv, lastWatchedAt: new Date(now - 60_000).toISOString() },
      { title: { id: b }, positionSeconds: 3000, percent: 50, deviceId: phone, lastWatchedAt: new Date(now - 120_000).toISOString() },
    ]);
  });
});
