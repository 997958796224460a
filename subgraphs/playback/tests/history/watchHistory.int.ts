import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_RETENTION_MS } from '../../src/history/historyRetention.js';
import { consentsChanged, ids } from '../support/fixtures.js';
import { openPlaybackHarness, type PlaybackHarness } from '../support/playbackHarness.js';

let h: PlaybackHarness;

beforeAll(async () => {
  h = await openPlaybackHarness();
});

afterAll(async () => {
  await h?.dispose();
});

const DAY = 24 * 60 * 60 * 1000;
const HISTORY = /* GraphQL */ `query ($first: Int, $after: String) {
  watchHistory(first: $first, after: $after) {
    edges { cursor node { title { id } watchedAt positionSeconds durationSeconds completed deviceId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface HistoryPage {
  watchHistory: {
    edges: Array<{ cursor: string; node: { title: { id: string }; watchedAt: string; positionSeconds: number; completed: boolean; deviceId: string | null } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Plays a title from 0 to `to` seconds on the TV and stops there. */
async function watch(who: ReturnType<typeof ids>, titleId: string, to: number): Promise<string> {
  const started = await h.gql<{ startPlaybackSession: { id: string } }>(who.user, /* GraphQL */ `mutation ($input: StartPlaybackInput!) {
    startPlaybackSession(input: $input) { id }
  }`, { input: { titleId, deviceId: who.tv, profileId: who.profile, durationSeconds: 6000 } });
  const id = started.data!.startPlaybackSession.id;
  h.advance(1_000);
  const ended = await h.gql(who.user, /* GraphQL */ `mutation ($id: ID!, $at: Float) { endPlaybackSession(sessionId: $id, positionSeconds: $at) { id } }`, { id, at: to });
  expect(ended.errors).toBeUndefined();
  return id;
}

async function historyRows(userId: string) {
  const { rows } = await h.db.pool.query('SELECT * FROM playback.watch_history WHERE user_id = $1', [userId]);
  return rows;
}

describe('watch history (§10 VPPA)', () => {
  it('keeps no history without a HISTORY_RETENTION consent, including when identity never said anything', async () => {
    const who = ids();
    await watch(who, who.title, 600);
    await h.deliver([consentsChanged(who.user, false)]);
    await watch(who, who.title, 700);
    expect(await historyRows(who.user)).toEqual([]);
    expect((await h.gql<HistoryPage>(who.user, HISTORY)).data?.watchHistory.edges).toEqual([]);
  });

  it('with consent keeps one row per session, listed newest first and paged', async () => {
    const who = ids();
    await h.deliver([consentsChanged(who.user, true)]);
    const titles = [ids().title, ids().title, ids().title];
    for (const [i, title] of titles.entries()) await watch(who, title, 1000 * (i + 1));
    await watch(who, titles[0]!, 5800);

    const first = await h.gql<HistoryPage>(who.user, HISTORY, { first: 3 });
    expect(first.data?.watchHistory.edges.map((e) => [e.node.title.id, e.node.positionSeconds, e.node.completed])).toEqual([
      [titles[0], 5800, true],
      [titles[2], 3000, false],
      [titles[1], 2000, false],
    ]);
    expect(first.data?.watchHistory.pageInfo.hasNextPage).toBe(true);
    const rest = await h.gql<HistoryPage>(who.user, HISTORY, { first: 3, after: first.data?.watchHistory.pageInfo.endCursor });
    expect(rest.data?.watchHistory.edges.map((e) => [e.node.title.id, e.node.positionSeconds, e.node.deviceId])).toEqual([[titles[0], 1000, who.tv]]);
    expect(rest.data?.watchHistory.pageInfo).toEqual({ hasNextPage: false, endCursor: rest.data?.watchHistory.edges[0]?.cursor });

    const bad = await h.gql(who.user, HISTORY, { after: 'nonsense' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: ['after is not a cursor of this connection'] });
  });

  it('deletes the user\'s history when the consent is withdrawn, and writes none after', async () => {
    const who = ids();
    const other = ids();
    await h.deliver([consentsChanged(who.user, true), consentsChanged(other.user, true)]);
    await watch(who, who.title, 600);
    await watch(other, other.title, 600);
    expect(await historyRows(who.user)).toHaveLength(1);
    await h.deliver([consentsChanged(who.user, false)]);
    expect(await historyRows(who.user)).toEqual([]);
    expect(await historyRows(other.user)).toHaveLength(1);
    await watch(who, who.title, 900);
    expect(await historyRows(who.user)).toEqual([]);
  });

  it('anonymises rows older than 90 days (no session, user, profile or device; the day only) and keeps newer ones', async () => {
    const who = ids();
    await h.deliver([consentsChanged(who.user, true)]);
    const [old, recent] = [ids().title, ids().title];
    await watch(who, old, 1200);
    const oldAt = h.now();
    h.advance(30 * DAY);
    await watch(who, recent, 1300);

    // Rows of the earlier tests are older still and go in the first run; this user's are exactly 90 days old then.
    await h.service.purgeWatchHistory(oldAt + HISTORY_RETENTION_MS);
    expect(await historyRows(who.user)).toHaveLength(2);
    expect(await h.service.purgeWatchHistory(oldAt + HISTORY_RETENTION_MS + 1)).toBe(1);
    expect(await h.service.purgeWatchHistory(oldAt + HISTORY_RETENTION_MS + 1)).toBe(0);

    const { rows } = await h.db.pool.query(
      'SELECT session_id, user_id, profile_id, device_id, watched_at, anonymized_at, position_seconds FROM playback.watch_history WHERE title_id = $1',
      [old],
    );
    const day = new Date(oldAt);
    day.setUTCHours(0, 0, 0, 0);
    expect(rows).toEqual([
      { session_id: null, user_id: null, profile_id: null, device_id: null, watched_at: day, anonymized_at: expect.any(Date), position_seconds: 1200 },
    ]);
    const listed = await h.gql<HistoryPage>(who.user, HISTORY);
    expect(listed.data?.watchHistory.edges.map((e) => e.node.title.id)).toEqual([recent]);
  });
});
