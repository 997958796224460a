import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ids, netflixOffer, offerOn, preferencesChanged, progressUpdated, titleDocument, titleUpserted } from '../support/fixtures.js';
import { openPlaybackHarness, type PlaybackHarness } from '../support/playbackHarness.js';

let h: PlaybackHarness;

beforeAll(async () => {
  h = await openPlaybackHarness();
});

afterAll(async () => {
  await h?.dispose();
});

const INITIATE = /* GraphQL */ `mutation ($input: InitiatePlaybackInput!) {
  initiatePlayback(input: $input) {
    platform deepLink webFallback resumePositionSeconds
    session { id deviceId platform positionSeconds durationSeconds resumePositionSeconds state title { id } }
  }
}`;

interface Launch {
  platform: string;
  deepLink: string | null;
  webFallback: string;
  resumePositionSeconds: number;
  session: { id: string; deviceId: string; platform: string; positionSeconds: number; durationSeconds: number; state: string };
}

async function initiate(user: string, input: Record<string, unknown>) {
  return h.gql<{ initiatePlayback: Launch }>(user, INITIATE, { input: { region: 'US', ...input } });
}

describe('initiatePlayback', () => {
  it('refuses a device that is not online (DEVICE_OFFLINE), before anything else', async () => {
    const { user, profile, title, tv } = ids();
    await h.deliver([titleUpserted(titleDocument(title, [netflixOffer()]))]);
    const result = await initiate(user, { titleId: title, deviceId: tv, profileId: profile, platform: 'netflix' });
    expect(result.errors?.[0]?.extensions?.code).toBe('DEVICE_OFFLINE');
    // Another user's online device is not the caller's.
    const other = ids();
    await h.online(other.user, tv);
    expect((await initiate(user, { titleId: title, deviceId: tv, profileId: profile })).errors?.[0]?.extensions?.code).toBe('DEVICE_OFFLINE');
  });

  it('answers NOT_FOUND for a title the catalogue never published', async () => {
    const { user, profile, title, tv } = ids();
    await h.online(user, tv);
    expect((await initiate(user, { titleId: title, deviceId: tv, profileId: profile })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers NOT_AVAILABLE when no subscribed platform (nor a free offer) plays it in the region, or the named platform does not', async () => {
    const { user, profile, title, tv } = ids();
    await h.online(user, tv);
    await h.deliver([titleUpserted(titleDocument(title, [netflixOffer(), offerOn('tubi', 'FREE', ['CA'])])), preferencesChanged(user, ['hulu'])]);
    const none = await initiate(user, { titleId: title, deviceId: tv, profileId: profile });
    expect(none.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE');
    expect(none.errors?.[0]?.message).toBe('The title does not play in US on a platform you subscribe to, nor for free.');
    const named = await initiate(user, { titleId: title, deviceId: tv, profileId: profile, platform: 'tubi' });
    expect(named.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE');
    expect(named.errors?.[0]?.message).toBe('The title does not play on tubi in US.');
    const elsewhere = await initiate(user, { titleId: title, deviceId: tv, profileId: profile, platform: 'netflix', region: 'GB' });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_AVAILABLE');
  });

  it('picks the offer on a subscribed platform, opens a session on the device, and links there with t= when resuming', async () => {
    const { user, profile, title, tv, phone } = ids();
    await h.online(user, tv);
    await h.deliver([
      titleUpserted(titleDocument(title, [offerOn('max', 'SUBSCRIPTION'), netflixOffer(), offerOn('tubi', 'FREE')])),
      preferencesChanged(user, ['netflix', 'hulu']),
      progressUpdated({ userId: user, profileId: profile, titleId: title, deviceId: phone, positionSeconds: 1234.5, durationSeconds: 10_200, at: h.now() - 1000 }),
    ]);
    const result = await initiate(user, { titleId: title, deviceId: tv, profileId: profile });
    expect(result.errors).toBeUndefined();
    expect(result.data?.initiatePlayback).toMatchObject({
      platform: 'netflix',
      deepLink: 'netflix://title/80100172?t=1234',
      webFallback: 'https://www.netflix.com/title/80100172?t=1234',
      resumePositionSeconds: 1234.5,
      // The duration comes from the last report, as none was given.
      session: { deviceId: tv, platform: 'netflix', positionSeconds: 1234.5, durationSeconds: 10_200, resumePositionSeconds: 1234.5, state: 'PLAYING', title: { id: title } },
    });
    const { rows } = await h.db.pool.query('SELECT type FROM playback.outbox_event WHERE aggregate_id = $1', [result.data!.initiatePlayback.session.id]);
    expect(rows).toEqual([{ type: 'playback.session.created' }]);
  });

  it('starts from the beginning without t= when resume is false, taking the catalogue runtime as duration', async () => {
    const { user, profile, title, tv, phone } = ids();
    await h.online(user, tv);
    await h.deliver([
      titleUpserted(titleDocument(title, [offerOn('tubi', 'FREE', null)], { runtimeMinutes: 100 })),
      progressUpdated({ userId: user, profileId: profile, titleId: ids().title, deviceId: phone, positionSeconds: 500, at: h.now() }),
    ]);
    const result = await initiate(user, { titleId: title, deviceId: tv, profileId: profile, resume: false, region: 'jp' });
    expect(result.data?.initiatePlayback).toMatchObject({
      platform: 'tubi',
      deepLink: 'tubi://watch/t1',
      webFallback: 'https://tubi.example/watch/t1',
      resumePositionSeconds: 0,
      session: { positionSeconds: 0, durationSeconds: 6000 },
    });
  });

  it('takes the named platform, rentals included', async () => {
    const { user, profile, title, tv } = ids();
    await h.online(user, tv);
    await h.deliver([titleUpserted(titleDocument(title, [netflixOffer(), offerOn('prime_video', 'RENTAL')]))]);
    const result = await initiate(user, { titleId: title, deviceId: tv, profileId: profile, platform: 'Prime_Video', durationSeconds: 7000 });
    expect(result.data?.initiatePlayback).toMatchObject({ platform: 'prime_video', deepLink: 'prime_video://watch/t1', session: { durationSeconds: 7000 } });
  });

  it('lists every problem of a bad input', async () => {
    const result = await initiate(ids().user, { titleId: 'x', deviceId: ids().tv, profileId: ids().profile, region: 'Narnia', durationSeconds: 0 });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: ['titleId must be a UUID, got "x"', 'region must be an ISO 3166-1 alpha-2 code such as "US", got "Narnia"', 'durationSeconds must be in (0, 86400], got 0'],
    });
  });
});
