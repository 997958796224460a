import { IDENTITY_HEADER, signIdentityAssertion } from '@media-gateway/auth';
import { parse, subscribe, type ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { consentsChanged, ids, progressUpdated, SESSION_FIELDS } from '../support/fixtures.js';
import { openPlaybackHarness, SECRET, type PlaybackHarness } from '../support/playbackHarness.js';

// ARCHITECTURE.md: a test proves user A cannot read or change user B's data. Every operation runs through the
// subgraph schema with a signed identity, as the router calls it.

let h: PlaybackHarness;
const alice = ids();
const bob = ids();
let aliceSession: string;

beforeAll(async () => {
  h = await openPlaybackHarness();
  await h.deliver([
    consentsChanged(alice.user, true),
    consentsChanged(bob.user, true),
    progressUpdated({ userId: alice.user, profileId: alice.profile, titleId: alice.title, deviceId: alice.phone, positionSeconds: 900, at: h.now() }),
  ]);
  const started = await h.gql<{ startPlaybackSession: { id: string } }>(alice.user, /* GraphQL */ `mutation ($input: StartPlaybackInput!) {
    startPlaybackSession(input: $input) { id }
  }`, { input: { titleId: alice.title, deviceId: alice.tv, profileId: alice.profile, durationSeconds: 6000 } });
  aliceSession = started.data!.startPlaybackSession.id;
});

afterAll(async () => {
  await h?.dispose();
});

async function subscribeAs(userId: string) {
  const headers = { [IDENTITY_HEADER]: await signIdentityAssertion({ kind: 'user', userId, role: 'free', scopes: [] }, { secret: SECRET, now: new Date(h.now()) }) };
  const result = await subscribe({
    schema: h.service.schema,
    document: parse(/* GraphQL */ `subscription { playbackSessionChanged { kind at session { id state positionSeconds } } }`),
    contextValue: await h.service.createContext(headers),
  });
  if (!(Symbol.asyncIterator in result)) throw new Error(`subscribe failed: ${JSON.stringify(result.errors)}`);
  const received: ExecutionResult[] = [];
  const iterator = result[Symbol.asyncIterator]();
  const pump = (async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      received.push(next.value);
    }
  })();
  return {
    received,
    stop: async () => {
      await iterator.return?.();
      await pump;
    },
  };
}

describe('one user never reaches another user\'s playback', () => {
  it('cannot read another user\'s session', async () => {
    const read = await h.gql(bob.user, /* GraphQL */ `query ($id: ID!) { playbackSession(id: $id) { id } }`, { id: aliceSession });
    expect(read).toEqual({ data: { playbackSession: null } });
    const list = await h.gql(bob.user, /* GraphQL */ `{ playbackSessions(activeOnly: false) { id } }`);
    expect(list).toEqual({ data: { playbackSessions: [] } });
  });

  it('cannot report, end or hand off another user\'s session (NOT_FOUND, nothing changes)', async () => {
    h.advance(1_000);
    await h.online(bob.user, bob.tv);
    const attempts = [
      h.gql(bob.user, /* GraphQL */ `mutation ($id: ID!) { updatePlaybackPosition(sessionId: $id, positionSeconds: 10) { id } }`, { id: aliceSession }),
      h.gql(bob.user, /* GraphQL */ `mutation ($id: ID!) { endPlaybackSession(sessionId: $id) { id } }`, { id: aliceSession }),
      h.gql(bob.user, /* GraphQL */ `mutation ($id: ID!, $to: ID!) { handoffPlayback(sessionId: $id, toDeviceId: $to) { loadCommandId } }`, { id: aliceSession, to: bob.tv }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    }
    const mine = await h.gql(alice.user, /* GraphQL */ `query ($id: ID!) { playbackSession(id: $id) { ${SESSION_FIELDS} } }`, { id: aliceSession });
    expect(mine.data?.playbackSession).toMatchObject({ state: 'PLAYING', positionSeconds: 900 });
  });

  it('sees only its own continue watching and watch history, even naming the other\'s profile', async () => {
    const cw = await h.gql(bob.user, /* GraphQL */ `query ($p: ID!) { continueWatching(profileId: $p) { title { id } } }`, { p: alice.profile });
    expect(cw).toEqual({ data: { continueWatching: [] } });
    const mine = await h.gql(alice.user, /* GraphQL */ `query ($p: ID!) { continueWatching(profileId: $p) { title { id } } }`, { p: alice.profile });
    expect(mine.data?.continueWatching).toEqual([{ title: { id: alice.title } }]);
    const history = await h.gql(bob.user, /* GraphQL */ `{ watchHistory { edges { node { title { id } } } } }`);
    expect(history).toEqual({ data: { watchHistory: { edges: [] } } });
    const aliceHistory = await h.gql(alice.user, /* GraphQL */ `{ watchHistory { edges { node { title { id } } } } }`);
    expect(aliceHistory.data?.watchHistory).toEqual({ edges: [{ node: { title: { id: alice.title } } }] });
  });

  it('receives only its own session changes on the subscription', async () => {
    const bobs = await subscribeAs(bob.user);
    const alices = await subscribeAs(alice.user);
    h.advance(1_000);
    await h.gql(alice.user, /* GraphQL */ `mutation ($id: ID!) { updatePlaybackPosition(sessionId: $id, positionSeconds: 950, state: PAUSED) { id } }`, { id: aliceSession });
    const bobStart = await h.gql<{ startPlaybackSession: { id: string } }>(bob.user, /* GraphQL */ `mutation ($input: StartPlaybackInput!) {
      startPlaybackSession(input: $input) { id }
    }`, { input: { titleId: bob.title, deviceId: bob.tv, profileId: bob.profile, durationSeconds: 6000 } });
    await vi.waitFor(() => expect(alices.received).toHaveLength(1));
    await vi.waitFor(() => expect(bobs.received).toHaveLength(1));
    await alices.stop();
    await bobs.stop();
    expect(alices.received[0]).toEqual({
      data: { playbackSessionChanged: { kind: 'PAUSED', at: new Date(h.now()).toISOString(), session: { id: aliceSession, state: 'PAUSED', positionSeconds: 950 } } },
    });
    expect(bobs.received.map((r) => (r.data as { playbackSessionChanged: { kind: string; session: { id: string } } }).playbackSessionChanged)).toEqual([
      expect.objectContaining({ kind: 'STARTED', session: expect.objectContaining({ id: bobStart.data!.startPlaybackSession.id }) }),
    ]);
  });

  it('refuses anonymous callers and a forged identity', async () => {
    const anonymous = await h.gql(null, /* GraphQL */ `{ playbackSessions { id } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(h.service.createContext({ [IDENTITY_HEADER]: 'forged.token.value' })).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
