import { randomUUID } from 'node:crypto';
import { IDENTITY_USER_DELETED } from '@media-gateway/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfferStore } from '../../src/store/OfferStore.js';
import { ResumeStore } from '../../src/store/ResumeStore.js';
import { ViewerStore } from '../../src/store/ViewerStore.js';
import { consentsChanged, ids, netflixOffer, offerOn, preferencesChanged, progressUpdated, titleDocument, titleUpserted } from '../support/fixtures.js';
import { domainEvent, openPlaybackHarness, type PlaybackHarness } from '../support/playbackHarness.js';

let h: PlaybackHarness;
let offers: OfferStore;
let resume: ResumeStore;
let viewers: ViewerStore;

beforeAll(async () => {
  h = await openPlaybackHarness();
  offers = new OfferStore(h.db.prisma);
  resume = new ResumeStore(h.db.prisma);
  viewers = new ViewerStore(h.db.prisma);
});

afterAll(async () => {
  await h?.dispose();
});

async function offsets(): Promise<Record<string, number>> {
  const { rows } = await h.db.pool.query<{ consumer_group: string; source: string; last_sequence: string }>('SELECT * FROM playback.consumer_offset');
  return Object.fromEntries(rows.map((r) => [`${r.consumer_group}<-${r.source}`, Number(r.last_sequence)]));
}

describe('offers projection (catalog.title.upserted → playback.title_offer)', () => {
  it('keeps each title\'s offers with their launch links, replacing them on a newer document only', async () => {
    const titleId = randomUUID();
    const first = titleUpserted(titleDocument(titleId, [netflixOffer(), offerOn('tubi', 'FREE', null)]));
    await h.deliver([first]);
    const stored = await offers.title(titleId);
    expect(stored).toEqual({
      titleId,
      runtimeMinutes: 170,
      offers: [
        {
          platformId: 'netflix',
          availabilityType: 'SUBSCRIPTION',
          regions: ['US'],
          availableFrom: null,
          expiresAt: null,
          appUrl: 'netflix://title/80100172',
          webUrl: 'https://www.netflix.com/title/80100172',
        },
        expect.objectContaining({ platformId: 'tubi', availabilityType: 'FREE', regions: [] }),
      ],
    });

    // At least once: the same event again, and an older one arriving late, change nothing.
    const older = { ...titleUpserted(titleDocument(titleId, [])), sequence: first.sequence - 1 };
    await h.deliver([first, older]);
    expect(await offers.title(titleId)).toEqual(stored);

    // A newer document without offers empties the list (the title stays known).
    await h.deliver([titleUpserted(titleDocument(titleId, [], { runtimeMinutes: 171 }))]);
    expect(await offers.title(titleId)).toEqual({ titleId, runtimeMinutes: 171, offers: [] });
  });

  it('applies a batch with one set-based write: the latest document per title wins, whatever the arrival order', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const aOld = titleUpserted(titleDocument(a, [netflixOffer()], { runtimeMinutes: 100 }));
    const aNew = titleUpserted(titleDocument(a, [offerOn('tubi', 'FREE', null)], { runtimeMinutes: 101 }));
    const bOnly = titleUpserted(titleDocument(b, [netflixOffer(), offerOn('tubi', 'FREE', null)]));
    await h.deliver([aNew, bOnly, { ...aOld, sequence: aNew.sequence - 1 }]);
    expect(await offers.title(a)).toMatchObject({ runtimeMinutes: 101, offers: [{ platformId: 'tubi' }] });
    expect((await offers.title(b))?.offers.map((o) => o.platformId)).toEqual(['netflix', 'tubi']);
    expect((await offsets())['playback.offers<-catalog']).toBe(Math.max(aNew.sequence, bOnly.sequence));
  });

  it('stores an offer published before launch links existed without one (it cannot be launched)', async () => {
    const titleId = randomUUID();
    const { deepLink: _deepLink, ...legacy } = netflixOffer();
    await h.deliver([titleUpserted(titleDocument(titleId, [legacy]))]);
    expect((await offers.title(titleId))?.offers[0]).toMatchObject({ appUrl: null, webUrl: null });
  });

  it('skips documents it cannot use instead of stalling the group', async () => {
    await h.deliver([titleUpserted(titleDocument('heat-1995', [netflixOffer()])), { ...titleUpserted(titleDocument(randomUUID(), [])), schemaVersion: 99 }]);
    const after = titleUpserted(titleDocument(randomUUID(), [netflixOffer()]));
    await h.deliver([after]);
    expect(await offers.title(after.payload.titleId)).not.toBeNull();
    expect((await offsets())['playback.offers<-catalog']).toBe(after.sequence);
  });
});

describe('viewer projection (identity events → playback.viewer)', () => {
  it('keeps subscriptions and the history consent, each guarded by its own event order', async () => {
    const { user } = ids();
    expect(await viewers.get(user)).toEqual({ userId: user, subscribedPlatforms: [], historyConsent: false });
    const prefs = preferencesChanged(user, ['Netflix', 'hulu']);
    const consent = consentsChanged(user, true);
    await h.deliver([prefs, consent]);
    expect(await viewers.get(user)).toEqual({ userId: user, subscribedPlatforms: ['netflix', 'hulu'], historyConsent: true });

    // Replays and late older events of either kind change nothing.
    await h.deliver([prefs, { ...preferencesChanged(user, []), sequence: prefs.sequence - 1 }, { ...consentsChanged(user, false), sequence: prefs.sequence }]);
    expect(await viewers.get(user)).toEqual({ userId: user, subscribedPlatforms: ['netflix', 'hulu'], historyConsent: true });
  });

  it('counts a consents event without HISTORY_RETENTION as not granted', async () => {
    const { user } = ids();
    await h.deliver([consentsChanged(user, true), consentsChanged(user, null)]);
    expect((await viewers.get(user)).historyConsent).toBe(false);
  });
});

describe('resume projection (sync.progress.updated → playback.resume_point)', () => {
  it('keeps the newest report per (user, profile, title), whatever order they arrive in, and ignores replays', async () => {
    const { user, profile, title, phone, tv } = ids();
    const at = h.now();
    const newer = progressUpdated({ userId: user, profileId: profile, titleId: title, deviceId: tv, positionSeconds: 1800, at: at + 10_000 });
    const older = progressUpdated({ userId: user, profileId: profile, titleId: title, deviceId: phone, positionSeconds: 900, at });
    await h.deliver([newer, older, newer]);
    expect(await resume.get(user, profile, title)).toEqual({
      userId: user,
      profileId: profile,
      titleId: title,
      positionSeconds: 1800,
      durationSeconds: 6000,
      completed: false,
      hlc: newer.payload.hlc,
      deviceId: tv,
      lastWatchedAt: at + 10_000,
    });
    // An exact tie of time and counter goes to the greater device id (§9).
    const [low, high] = [phone, tv].sort();
    const tieLow = progressUpdated({ userId: user, profileId: profile, titleId: title, deviceId: low!, positionSeconds: 100, at: at + 20_000 });
    const tieHigh = progressUpdated({ userId: user, profileId: profile, titleId: title, deviceId: high!, positionSeconds: 200, at: at + 20_000 });
    await h.deliver([tieHigh, tieLow]);
    expect((await resume.get(user, profile, title))?.positionSeconds).toBe(200);
    expect((await offsets())['playback.resume<-sync']).toBe(Math.max(tieLow.sequence, tieHigh.sequence));
  });
});

describe('account erasure (identity.user.deleted)', () => {
  it('removes what playback holds for the user', async () => {
    const { user, profile, title, tv } = ids();
    await h.deliver([
      preferencesChanged(user, ['netflix']),
      consentsChanged(user, true),
      progressUpdated({ userId: user, profileId: profile, titleId: title, deviceId: tv, positionSeconds: 900, at: h.now() }),
    ]);
    const started = await h.gql(user, /* GraphQL */ `mutation ($input: StartPlaybackInput!) { startPlaybackSession(input: $input) { id } }`, {
      input: { titleId: title, deviceId: tv, profileId: profile, durationSeconds: 6000 },
    });
    expect(started.errors).toBeUndefined();
    await h.deliver([domainEvent('identity', IDENTITY_USER_DELETED, user, { userId: user })]);
    expect(await viewers.get(user)).toEqual({ userId: user, subscribedPlatforms: [], historyConsent: false });
    expect(await resume.get(user, profile, title)).toBeNull();
    const { rows } = await h.db.pool.query('SELECT 1 FROM playback.watch_history WHERE user_id = $1', [user]);
    expect(rows).toEqual([]);
    const sessions = await h.gql(user, /* GraphQL */ `{ playbackSessions(activeOnly: false) { id } }`);
    expect(sessions.data).toEqual({ playbackSessions: [] });
  });
});
