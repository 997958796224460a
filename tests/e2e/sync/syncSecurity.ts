import { formatHlc } from '@media-gateway/crdt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestProduct } from '../../support/startTestProduct.js';
import { connectLive, whenSubscribed } from '../../support/liveClient.js';
import { household, someTitles, type Device } from './household.js';

// Through the router, one user can never see, command or subscribe to another user's devices, library or playback
// sessions; and bad input (unknown device, offline target, malformed or far-future HLC) gets a typed error with
// nothing written. Run inside liveSync.e2e.ts, on its product (one product start per file is most of an e2e file's
// time).
let product: TestProduct;
let alicePhone: Device;
let aliceTv: Device;
let bobPhone: Device;
let aliceProfile: string;
let bobProfile: string;
let title: { id: string; name: string };

const ADD = 'mutation ($p: ID!, $d: ID!, $t: ID!, $h: String!) { addToWatchlist(profileId: $p, deviceId: $d, titleId: $t, hlc: $h) { tags } }';
const LIBRARY = 'query ($p: ID!) { library(profileId: $p) { watchlist { title { id } } } }';
const codeOf = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => body.errors?.[0]?.extensions?.code;

export function describeSyncSecurity(getProduct: () => TestProduct): void {
  beforeAll(async () => {
    product = getProduct();
    const alice = await household(product, { email: 'alice@example.test', password: 'Correct-Horse-1' }, [
      { name: 'Alice phone', type: 'PHONE', platform: 'iOS', capabilities: { remoteControllable: true } },
      { name: 'Alice TV', type: 'TV', platform: 'webOS', capabilities: { remoteControllable: true, canReceiveCast: true } },
    ]);
    const bob = await household(product, { email: 'bob@example.test', password: 'Battery-Staple-2' }, [{ name: 'Bob phone', type: 'PHONE', platform: 'Android' }]);
    [alicePhone, aliceTv] = alice.devices as [Device, Device];
    [bobPhone] = bob.devices as [Device];
    aliceProfile = alice.profileId;
    bobProfile = bob.profileId;
    [title] = (await someTitles(product, 1)) as [{ id: string; name: string }];
    await aliceTv.must('mutation ($d: ID!, $t: ID!) { heartbeat(deviceId: $d, state: WATCHING, titleId: $t) { reconcile } }', { d: aliceTv.id, t: title.id });
  }, 300_000);

  afterAll(async () => {
    for (const device of [alicePhone, aliceTv, bobPhone]) await device?.live.dispose();
  });

  describe('user isolation', () => {
    it("never shows Bob Alice's devices, and refuses to let him command or rename them", async () => {
      const { devices } = await bobPhone.must<{ devices: Array<{ id: string }> }>('{ devices { id } }');
      expect(devices.map((d) => d.id)).toEqual([bobPhone.id]);
      const device = await bobPhone.call<{ device: unknown }>('query ($id: ID!) { device(id: $id) { id } }', { id: aliceTv.id });
      expect(device.data?.device ?? null).toBeNull();

      const command = await bobPhone.call('mutation ($t: ID!) { sendDeviceCommand(input: { targetDeviceId: $t, type: PAUSE }) { id } }', { t: aliceTv.id });
      expect(codeOf(command)).toBe('NOT_FOUND');
      const rename = await bobPhone.call('mutation ($id: ID!) { renameDevice(id: $id, name: "mine now") { id } }', { id: aliceTv.id });
      expect(codeOf(rename)).toBe('NOT_FOUND');
      const beat = await bobPhone.call('mutation ($id: ID!) { heartbeat(deviceId: $id) { reconcile } }', { id: aliceTv.id });
      expect(codeOf(beat)).toBe('NOT_FOUND');
    });

    it("refuses Bob a subscription to Alice's device commands", async () => {
      const sub = bobPhone.live.subscribe('subscription ($d: ID!) { deviceCommands(deviceId: $d) { id } }', { d: aliceTv.id });
      const outcome = await Promise.race([sub.next(() => true).then((event) => event), sub.done]);
      const errors = 'errors' in outcome ? outcome.errors : undefined;
      const error = (outcome as { error?: unknown }).error;
      expect(JSON.stringify(errors ?? error)).toMatch(/NOT_FOUND/);
    });

    it("keeps Alice's library changes out of Bob's subscription and Bob's library, even with her profile id", async () => {
      const bobs = bobPhone.live.subscribe<{ libraryChanged: { title: { id: string } | null; profileId: string } }>(
        'subscription { libraryChanged { profileId title { id } } }',
      );
      // Bob's own probe shows his stream is open.
      await whenSubscribed(
        bobs,
        async (attempt) => {
          await bobPhone.must('mutation ($p: ID!, $d: ID!, $v: String!, $h: String!) { setPreference(profileId: $p, deviceId: $d, key: "theme", value: $v, hlc: $h) { key } }', {
            p: bobProfile,
            d: bobPhone.id,
            v: `probe-${attempt}`,
            h: bobPhone.hlc(),
          });
        },
        () => true,
      );
      const seen = bobs.events.length;
      await alicePhone.must(ADD, { p: aliceProfile, d: alicePhone.id, t: title.id, h: alicePhone.hlc() });
      // Alice's own subscriber would have it by now; Bob's stream must not.
      const alices = alicePhone.live.subscribe('subscription { libraryChanged { title { id } } }');
      await whenSubscribed(alices, async () => {
        await alicePhone.must(ADD, { p: aliceProfile, d: alicePhone.id, t: title.id, h: alicePhone.hlc() });
      }, () => true);
      expect(bobs.events.slice(seen).filter((event) => event.data?.libraryChanged.profileId === aliceProfile)).toEqual([]);
      expect(bobs.events.slice(seen).some((event) => event.data?.libraryChanged.title?.id === title.id)).toBe(false);

      const peek = await bobPhone.must<{ library: { watchlist: unknown[] } }>(LIBRARY, { p: aliceProfile });
      expect(peek.library.watchlist).toEqual([]);
      bobs.stop();
      alices.stop();
    });

    it("refuses Bob Alice's playback sessions, and his session stream never carries hers", async () => {
      await alicePhone.must('mutation ($d: ID!) { heartbeat(deviceId: $d, state: BROWSING) { reconcile } }', { d: alicePhone.id });
      await bobPhone.must('mutation ($d: ID!) { heartbeat(deviceId: $d, state: BROWSING) { reconcile } }', { d: bobPhone.id });
      const bobs = bobPhone.live.subscribe<{ playbackSessionChanged: { session: { id: string; deviceId: string } } }>('subscription { playbackSessionChanged { session { id deviceId } } }');
      const { startPlaybackSession: bobSession } = await bobPhone.must<{ startPlaybackSession: { id: string } }>(
        'mutation ($input: StartPlaybackInput!) { startPlaybackSession(input: $input) { id } }',
        { input: { titleId: title.id, deviceId: bobPhone.id, profileId: bobProfile, durationSeconds: 3600 } },
      );
      // Bob pausing and resuming his own session shows his stream is open (state changes are never throttled).
      const bobProbe = async (attempt: number) => {
        await bobPhone.must('mutation ($s: ID!, $st: PlaybackState!) { updatePlaybackPosition(sessionId: $s, positionSeconds: 60, state: $st) { state } }', {
          s: bobSession.id,
          st: attempt % 2 ? 'PLAYING' : 'PAUSED',
        });
      };
      await whenSubscribed(bobs, bobProbe, () => true);
      const started = await alicePhone.must<{ startPlaybackSession: { id: string } }>(
        'mutation ($input: StartPlaybackInput!) { startPlaybackSession(input: $input) { id } }',
        { input: { titleId: title.id, deviceId: alicePhone.id, profileId: aliceProfile, durationSeconds: 3600 } },
      );
      const id = started.startPlaybackSession.id;
      const read = await bobPhone.call<{ playbackSession: unknown }>('query ($id: ID!) { playbackSession(id: $id) { id } }', { id });
      expect(read.data?.playbackSession ?? null).toBeNull();
      const update = await bobPhone.call('mutation ($id: ID!) { updatePlaybackPosition(sessionId: $id, positionSeconds: 10) { id } }', { id });
      expect(codeOf(update)).toBe('NOT_FOUND');
      const handoff = await bobPhone.call('mutation ($id: ID!, $to: ID!) { handoffPlayback(sessionId: $id, toDeviceId: $to) { loadCommandId } }', { id, to: bobPhone.id });
      expect(codeOf(handoff)).toBe('NOT_FOUND');

      // Alice's start came before this probe of Bob's; had it leaked into his stream it would be there by now.
      await whenSubscribed(bobs, (attempt) => bobProbe(attempt + 1), () => true);
      expect(bobs.events.map((event) => event.data?.playbackSessionChanged.session.deviceId)).not.toContain(alicePhone.id);
      expect(bobs.events.every((event) => event.data?.playbackSessionChanged.session.deviceId === bobPhone.id)).toBe(true);
      bobs.stop();
    });

    it('closes or refuses a subscription without a token', async () => {
      const anonymous = connectLive(product.url);
      const sub = anonymous.subscribe('subscription { presenceChanged { kind } }');
      const outcome = await Promise.race([sub.done.then((d) => JSON.stringify(d.error)), sub.next().then((event) => JSON.stringify(event.errors)), anonymous.closed.then((c) => `close ${c.code}`)]);
      expect(outcome).toMatch(/UNAUTHENTICATED|4401|close 44/);
      await anonymous.dispose();
    });
  });

  describe('bad input', () => {
    it('answers NOT_FOUND for an unknown device and DEVICE_OFFLINE for a registered one that is offline', async () => {
      const unknown = await alicePhone.call('mutation ($t: ID!) { sendDeviceCommand(input: { targetDeviceId: $t, type: PAUSE }) { id } }', {
        t: '00000000-0000-4000-8000-000000000000',
      });
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      const offline = await alicePhone.must<{ registerDevice: { device: { id: string } } }>(
        'mutation { registerDevice(input: { name: "Bedroom TV", type: TV, platform: "Roku", capabilities: { remoteControllable: true } }) { device { id } } }',
      );
      const toOffline = await alicePhone.call('mutation ($t: ID!) { sendDeviceCommand(input: { targetDeviceId: $t, type: PAUSE }) { id } }', {
        t: offline.registerDevice.device.id,
      });
      expect(codeOf(toOffline)).toBe('DEVICE_OFFLINE');
    });

    it('refuses a malformed HLC and one too far ahead of the server clock, writing nothing', async () => {
      const other = (await someTitles(product, 3))[2]!;
      const malformed = await alicePhone.call(ADD, { p: aliceProfile, d: alicePhone.id, t: other.id, h: 'yesterday' });
      expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
      expect(malformed.errors?.[0]?.extensions?.reason).toBe('HLC_MALFORMED');

      const future = formatHlc({ physical: Date.now() + 10 * 60_000, logical: 0, node: alicePhone.id });
      const skewed = await alicePhone.call(ADD, { p: aliceProfile, d: alicePhone.id, t: other.id, h: future });
      expect(codeOf(skewed)).toBe('BAD_USER_INPUT');
      expect(skewed.errors?.[0]?.extensions?.reason).toBe('HLC_CLOCK_DRIFT');

      const { library } = await alicePhone.must<{ library: { watchlist: Array<{ title: { id: string } }> } }>(LIBRARY, { p: aliceProfile });
      expect(library.watchlist.map((entry) => entry.title.id)).not.toContain(other.id);
    });

    it("refuses an operation stamped by another device's clock", async () => {
      const forged = formatHlc({ physical: Date.now(), logical: 0, node: aliceTv.id });
      const body = await alicePhone.call(ADD, { p: aliceProfile, d: alicePhone.id, t: title.id, h: forged });
      expect(codeOf(body)).toBe('BAD_USER_INPUT');
    });
  });
}
