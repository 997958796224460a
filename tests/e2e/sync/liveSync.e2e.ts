import { applyOrSetOperation, emptyOrSet, orSetEntries, parseHlc, type OrSet } from '@media-gateway/crdt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';
import { connectLive, whenSubscribed, type GraphQLEvent, type LiveSubscription } from '../../support/liveClient.js';
import { PRODUCT_ENV } from '../discovery/discoveryClient.js';
import { household, someTitles, type Device } from './household.js';
import { describeSyncSecurity } from './syncSecurity.js';

// Phone, tablet and TV of one household, each a real graphql-ws client of the router: the library stays in sync
// across them with names resolved from the catalog, concurrent edits converge, an offline device catches up, the
// phone remote-controls the TV, and playback moves from phone to TV at the same position.
let product: TestProduct;
let phone: Device;
let tablet: Device;
let tv: Device;
let profileId: string;
let titles: Array<{ id: string; name: string }>;

interface LibraryChange {
  libraryChanged: {
    cursor: string;
    present: boolean | null;
    operation: { kind: string; deviceId: string; hlc: string };
    title: { id: string; name: string } | null;
    progress: { positionSeconds: number; completed: boolean } | null;
  };
}
const LIBRARY_CHANGED = /* GraphQL */ `
  subscription ($profileId: ID) {
    libraryChanged(profileId: $profileId) {
      cursor present
      operation { kind deviceId hlc }
      title { id name }
      progress { positionSeconds completed }
    }
  }
`;
const LIBRARY = /* GraphQL */ `
  query ($profileId: ID!) {
    library(profileId: $profileId) {
      cursor
      watchlist { title { id } tags priority }
      progress { title { id } positionSeconds completed }
    }
  }
`;
interface Library {
  library: {
    cursor: string;
    watchlist: Array<{ title: { id: string }; tags: string[]; priority: number }>;
    progress: Array<{ title: { id: string }; positionSeconds: number; completed: boolean }>;
  };
}

const ADD = 'mutation ($p: ID!, $d: ID!, $t: ID!, $h: String!) { addToWatchlist(profileId: $p, deviceId: $d, titleId: $t, hlc: $h) { tags } }';
const REMOVE = 'mutation ($p: ID!, $d: ID!, $t: ID!, $h: String!, $tags: [String!]!) { removeFromWatchlist(profileId: $p, deviceId: $d, titleId: $t, hlc: $h, tags: $tags) }';
const SET_PREFERENCE = 'mutation ($p: ID!, $d: ID!, $v: String!, $h: String!) { setPreference(profileId: $p, deviceId: $d, key: "theme", value: $v, hlc: $h) { key } }';

const isChange = (kind: string, titleId?: string) => (event: GraphQLEvent<LibraryChange>) =>
  event.data?.libraryChanged.operation.kind === kind && (titleId === undefined || event.data.libraryChanged.title?.id === titleId);

/** Opens `libraryChanged` on each device and waits until every one of them has seen a probe change. */
async function watchLibrary(devices: Device[]): Promise<Array<LiveSubscription<LibraryChange>>> {
  const subscriptions = devices.map((device) => device.live.subscribe<LibraryChange>(LIBRARY_CHANGED, { profileId }));
  for (const subscription of subscriptions) {
    await whenSubscribed(
      subscription,
      async (attempt) => {
        await phone.must(SET_PREFERENCE, { p: profileId, d: phone.id, v: `probe-${attempt}-${Math.random()}`, h: phone.hlc() });
      },
      isChange('PREFERENCE'),
    );
  }
  return subscriptions;
}

beforeAll(async () => {
  product = await startTestProduct({ ...PRODUCT_ENV });
  const home = await household(product, { email: 'sam@example.test', password: 'Correct-Horse-1' }, [
    { name: 'Sam’s phone', type: 'PHONE', platform: 'iOS', capabilities: { remoteControllable: true, canCast: true } },
    { name: 'Tablet', type: 'TABLET', platform: 'Android', capabilities: { remoteControllable: true } },
    { name: 'Living-room TV', type: 'TV', platform: 'Tizen', capabilities: { remoteControllable: true, canReceiveCast: true } },
  ]);
  [phone, tablet, tv] = home.devices as [Device, Device, Device];
  profileId = home.profileId;
  titles = await someTitles(product, 80);
}, 300_000);

afterAll(async () => {
  for (const device of [phone, tablet, tv]) await device?.live.dispose();
  await product?.close();
});

describe('watchlist and progress sync through the router', () => {
  it('shows an add made on the phone on the tablet and the TV, with the title name resolved from the catalog', async () => {
    const [onTablet, onTv] = await watchLibrary([tablet, tv]);
    const title = titles[0]!;
    const from = [onTablet!.events.length, onTv!.events.length];
    await phone.must(ADD, { p: profileId, d: phone.id, t: title.id, h: phone.hlc() });
    for (const [index, subscription] of [onTablet!, onTv!].entries()) {
      const event = await subscription.next(isChange('WATCHLIST_ADD', title.id), { from: from[index] });
      expect(event.errors).toBeUndefined();
      expect(event.data!.libraryChanged).toMatchObject({ present: true, title: { id: title.id, name: title.name }, operation: { deviceId: phone.id } });
    }
    onTablet!.stop();
    onTv!.stop();
  });

  it('converges a concurrent add and remove to add-wins on every device', async () => {
    const title = titles[1]!;
    const added = await tablet.must<{ addToWatchlist: { tags: string[] } }>(ADD, { p: profileId, d: tablet.id, t: title.id, h: tablet.hlc() });
    // The phone removes what it has seen while the TV, concurrently, adds the title again.
    const [removed] = await Promise.all([
      phone.must<{ removeFromWatchlist: boolean }>(REMOVE, { p: profileId, d: phone.id, t: title.id, h: phone.hlc(), tags: added.addToWatchlist.tags }),
      tv.must(ADD, { p: profileId, d: tv.id, t: title.id, h: tv.hlc() }),
    ]);
    expect(typeof removed.removeFromWatchlist).toBe('boolean');
    for (const device of [phone, tablet, tv]) {
      const { library } = await device.must<Library>(LIBRARY, { profileId });
      expect(library.watchlist.map((entry) => entry.title.id)).toContain(title.id);
    }
  });

  it('replays 100 operations queued on an offline tablet, in HLC order, and every replica converges', async () => {
    const onPhone = (await watchLibrary([phone]))[0]!;
    const { library: before } = await tablet.must<Library>(LIBRARY, { profileId });
    await tablet.live.dispose();

    // While the tablet is offline the phone keeps changing the library.
    const phoneTitle = titles[2]!;
    await phone.must(ADD, { p: profileId, d: phone.id, t: phoneTitle.id, h: phone.hlc() });

    // The tablet queues 100 operations against its own replica: adds, some removes of its own adds, and progress.
    type Op = { kind: string; hlc: string; titleId: string; tags?: string[]; positionSeconds?: number; durationSeconds?: number };
    const queued: Op[] = [];
    let local: OrSet<{ priority: number; reason: string | null }> = emptyOrSet();
    for (let i = 0; i < 100; i++) {
      const title = titles[10 + (i % 60)]!;
      const hlc = tablet.hlc();
      if (i % 10 === 9) {
        // One report per title: reports of one title from one device within a second are throttled (§9).
        queued.push({ kind: 'PROGRESS', hlc, titleId: titles[70 + (i - 9) / 10]!.id, positionSeconds: 60 * i, durationSeconds: 7200 });
      } else if (i % 7 === 6 && local.adds[title.id]) {
        const tags = Object.keys(local.adds[title.id]!);
        queued.push({ kind: 'WATCHLIST_REMOVE', hlc, titleId: title.id, tags });
        local = applyOrSetOperation(local, { kind: 'remove', element: title.id, tags, hlc: parseHlc(hlc) });
      } else {
        queued.push({ kind: 'WATCHLIST_ADD', hlc, titleId: title.id });
        local = applyOrSetOperation(local, { kind: 'add', element: title.id, value: { priority: 0, reason: null }, hlc: parseHlc(hlc) });
      }
    }

    // Back online: replay in HLC order, in batches of 50 (§9), then read what happened meanwhile.
    const from = onPhone.events.length;
    let applied = 0;
    for (let start = 0; start < queued.length; start += 50) {
      const batch = queued.slice(start, start + 50);
      const result = await tablet.must<{ applySyncOperations: { applied: number; duplicates: number } }>(
        'mutation ($p: ID!, $d: ID!, $ops: [SyncOperationInput!]!) { applySyncOperations(profileId: $p, deviceId: $d, operations: $ops) { applied duplicates } }',
        { p: profileId, d: tablet.id, ops: batch },
      );
      applied += result.applySyncOperations.applied;
    }
    expect(applied).toBeGreaterThan(90);
    // Replaying the same queue again (a retry after a lost answer) changes nothing.
    const again = await tablet.must<{ applySyncOperations: { applied: number; duplicates: number } }>(
      'mutation ($p: ID!, $d: ID!, $ops: [SyncOperationInput!]!) { applySyncOperations(profileId: $p, deviceId: $d, operations: $ops) { applied duplicates } }',
      { p: profileId, d: tablet.id, ops: queued.slice(0, 50) },
    );
    expect(again.applySyncOperations).toEqual({ applied: 0, duplicates: 50 });

    const page = await tablet.must<{ syncSince: { operations: Array<{ kind: string; title: { id: string } | null; hlc: string; tags: string[] | null }>; hasMore: boolean } }>(
      'query ($p: ID!, $c: String) { syncSince(profileId: $p, cursor: $c, first: 500) { operations { kind hlc tags title { id } } hasMore } }',
      { p: profileId, c: before.cursor },
    );
    expect(page.syncSince.operations.some((op) => op.kind === 'WATCHLIST_ADD' && op.title?.id === phoneTitle.id)).toBe(true);

    // The tablet's replica, rebuilt from its snapshot plus the operations since, equals the server's library.
    let replica: OrSet<{ priority: number; reason: string | null }> = emptyOrSet();
    for (const entry of before.watchlist) {
      for (const tag of entry.tags) replica = applyOrSetOperation(replica, { kind: 'add', element: entry.title.id, value: { priority: entry.priority, reason: null }, hlc: parseHlc(tag) });
    }
    for (const op of page.syncSince.operations) {
      if (op.kind === 'WATCHLIST_ADD') replica = applyOrSetOperation(replica, { kind: 'add', element: op.title!.id, value: { priority: 0, reason: null }, hlc: parseHlc(op.hlc) });
      if (op.kind === 'WATCHLIST_REMOVE') replica = applyOrSetOperation(replica, { kind: 'remove', element: op.title!.id, tags: op.tags ?? [], hlc: parseHlc(op.hlc) });
    }
    const { library: server } = await phone.must<Library>(LIBRARY, { profileId });
    expect([...orSetEntries(replica).keys()].sort()).toEqual(server.watchlist.map((entry) => entry.title.id).sort());
    const progress = new Map(server.progress.map((entry) => [entry.title.id, entry.positionSeconds]));
    for (let k = 0; k < 10; k++) expect(progress.get(titles[70 + k]!.id)).toBe(60 * (10 * k + 9));

    // The phone, online throughout, saw the tablet's replay live.
    await onPhone.next(isChange('WATCHLIST_ADD', titles[10]!.id), { from });
    onPhone.stop();
    tablet.live = connectLive(product.url, tablet.token);
  });
});

describe('remote control and handoff', () => {
  it('delivers a pause from the phone to the TV, and the phone sees the TV acknowledge it', async () => {
    const watching = titles[3]!;
    await phone.must('mutation ($d: ID!) { heartbeat(deviceId: $d, state: BROWSING) { reconcile } }', { d: phone.id });
    // The phone watches its devices' presence; the TV starts watching, which it sees as a state change.
    const presence = phone.live.subscribe<{ presenceChanged: { kind: string; device: { id: string; name: string; status: string; state: string; nowPlaying: { name: string } | null } } }>(
      'subscription { presenceChanged { kind device { id name status state nowPlaying { name } } } }',
    );
    await whenSubscribed(
      presence,
      async (attempt) => {
        await tv.must('mutation ($d: ID!, $s: PresenceState!) { heartbeat(deviceId: $d, state: $s) { reconcile } }', { d: tv.id, s: attempt % 2 ? 'BROWSING' : 'IDLE' });
      },
      (event) => event.data?.presenceChanged.device.id === tv.id,
    );
    const from = presence.events.length;
    await tv.must('mutation ($d: ID!, $t: ID!) { heartbeat(deviceId: $d, state: WATCHING, titleId: $t) { reconcile } }', { d: tv.id, t: watching.id });
    const watchingNow = await presence.next((event) => event.data?.presenceChanged.device.state === 'WATCHING', { from });
    expect(watchingNow.data!.presenceChanged).toMatchObject({ kind: 'STATE', device: { name: 'Living-room TV', status: 'WATCHING', nowPlaying: { name: watching.name } } });
    presence.stop();

    const commands = tv.live.subscribe<{ deviceCommands: { id: string; type: string; sourceDeviceId: string; params: { level: number | null } } }>(
      'subscription ($d: ID!) { deviceCommands(deviceId: $d) { id type sourceDeviceId params { level } } }',
      { d: tv.id },
    );
    const acks = phone.live.subscribe<{ commandStatusChanged: { id: string; status: string } }>('subscription { commandStatusChanged { id status } }');
    const setVolume = async (level: number) => {
      const { sendDeviceCommand } = await phone.must<{ sendDeviceCommand: { id: string } }>(
        'mutation ($s: ID!, $t: ID!, $l: Int!) { sendDeviceCommand(input: { sourceDeviceId: $s, targetDeviceId: $t, type: SET_VOLUME, params: { level: $l } }) { id } }',
        { s: phone.id, t: tv.id, l: level },
      );
      return sendDeviceCommand.id;
    };
    await whenSubscribed(commands, (attempt) => setVolume(attempt % 100).then(() => undefined), (event) => event.data?.deviceCommands.type === 'SET_VOLUME');
    // The TV acknowledging a volume change shows the phone's acknowledgement stream is open too.
    await whenSubscribed(
      acks,
      async (attempt) => {
        const id = await setVolume(50 + (attempt % 50));
        await tv.must('mutation ($d: ID!, $c: ID!) { acknowledgeCommand(deviceId: $d, commandId: $c, status: RECEIVED) { status } }', { d: tv.id, c: id });
      },
      (event) => event.data?.commandStatusChanged.status === 'RECEIVED',
    );

    const sent = await phone.must<{ sendDeviceCommand: { id: string; status: string; expiresAt: string; issuedAt: string } }>(
      'mutation ($s: ID!, $t: ID!) { sendDeviceCommand(input: { sourceDeviceId: $s, targetDeviceId: $t, type: PAUSE }) { id status issuedAt expiresAt } }',
      { s: phone.id, t: tv.id },
    );
    expect(Date.parse(sent.sendDeviceCommand.expiresAt) - Date.parse(sent.sendDeviceCommand.issuedAt)).toBe(5000);
    const received = await commands.next((event) => event.data?.deviceCommands.id === sent.sendDeviceCommand.id);
    expect(received.data!.deviceCommands).toMatchObject({ type: 'PAUSE', sourceDeviceId: phone.id });

    // The TV acknowledges: received, then completed; the phone's subscription sees the final state.
    await whenAcked(acks, sent.sendDeviceCommand.id);
    commands.stop();
    acks.stop();
  });

  it('hands playback from the phone to the TV at the same position', async () => {
    const title = titles[4]!;
    await phone.must('mutation ($d: ID!, $t: ID!) { heartbeat(deviceId: $d, state: WATCHING, titleId: $t) { reconcile } }', { d: phone.id, t: title.id });
    await tv.must('mutation ($d: ID!) { heartbeat(deviceId: $d, state: IDLE) { reconcile } }', { d: tv.id });
    const started = await phone.must<{ startPlaybackSession: { id: string } }>(
      'mutation ($input: StartPlaybackInput!) { startPlaybackSession(input: $input) { id } }',
      { input: { titleId: title.id, deviceId: phone.id, profileId, durationSeconds: 5400 } },
    );
    const sessionId = started.startPlaybackSession.id;
    await phone.must('mutation ($s: ID!) { updatePlaybackPosition(sessionId: $s, positionSeconds: 754, state: PAUSED) { positionSeconds } }', { s: sessionId });

    const commands = tv.live.subscribe<{ deviceCommands: { id: string; type: string; params: { positionSeconds: number | null; sessionId: string | null; title: { id: string; name: string } | null } } }>(
      'subscription ($d: ID!) { deviceCommands(deviceId: $d) { id type params { positionSeconds sessionId title { id name } } } }',
      { d: tv.id },
    );
    await whenSubscribed(
      commands,
      async (attempt) => {
        await phone.must('mutation ($s: ID!, $t: ID!, $l: Int!) { sendDeviceCommand(input: { sourceDeviceId: $s, targetDeviceId: $t, type: SET_VOLUME, params: { level: $l } }) { id } }', {
          s: phone.id,
          t: tv.id,
          l: 50 + (attempt % 50),
        });
      },
      (event) => event.data?.deviceCommands.type === 'SET_VOLUME',
    );

    const sessions = phone.live.subscribe<{ playbackSessionChanged: { kind: string; session: { deviceId: string; positionSeconds: number; title: { name: string } } } }>(
      'subscription { playbackSessionChanged { kind session { deviceId positionSeconds title { name } } } }',
    );
    // Pausing and resuming are always accepted (only position reports are throttled), so they make good probes.
    await whenSubscribed(
      sessions,
      async (attempt) => {
        await phone.must('mutation ($s: ID!, $st: PlaybackState!) { updatePlaybackPosition(sessionId: $s, positionSeconds: 754, state: $st) { state } }', {
          s: sessionId,
          st: attempt % 2 ? 'PAUSED' : 'PLAYING',
        });
      },
      () => true,
    );

    const handoff = await phone.must<{
      handoffPlayback: { session: { id: string; deviceId: string; positionSeconds: number; resumePositionSeconds: number }; previousSession: { state: string; endReason: string }; loadCommandId: string };
    }>(
      'mutation ($s: ID!, $to: ID!) { handoffPlayback(sessionId: $s, toDeviceId: $to) { session { id deviceId positionSeconds resumePositionSeconds } previousSession { state endReason } loadCommandId } }',
      { s: sessionId, to: tv.id },
    );
    expect(handoff.handoffPlayback.session).toMatchObject({ deviceId: tv.id, positionSeconds: 754 });
    expect(handoff.handoffPlayback.previousSession.state).toBe('STOPPED');
    const load = await commands.next((event) => event.data?.deviceCommands.id === handoff.handoffPlayback.loadCommandId);
    expect(load.data!.deviceCommands).toMatchObject({
      type: 'LOAD',
      params: { positionSeconds: 754, sessionId: handoff.handoffPlayback.session.id, title: { id: title.id, name: title.name } },
    });
    const moved = await sessions.next((event) => event.data?.playbackSessionChanged.kind === 'HANDOFF');
    expect(moved.data!.playbackSessionChanged.session).toMatchObject({ deviceId: tv.id, positionSeconds: 754, title: { name: title.name } });
    commands.stop();
    sessions.stop();
  });
});

describe('launching, resuming and history', () => {
  it("launches on a subscribed platform with a link that resumes, and shows the TV's progress in the phone's continue watching", async () => {
    const { body } = await product.graphql<{ titles: { edges: Array<{ node: { id: string; name: string; availability: Array<{ platform: { id: string }; availabilityType: string }> } }> } }>(
      '{ titles(first: 5, filter: { region: "US", availabilityTypes: [SUBSCRIPTION] }) { edges { node { id name availability(region: "US") { platform { id } availabilityType } } } } }',
    );
    const title = body.data!.titles.edges[0]!.node;
    const platform = title.availability.find((offer) => offer.availabilityType === 'SUBSCRIPTION')!.platform.id;
    await phone.must('mutation ($p: [String!]) { updatePreferences(input: { subscribedPlatforms: $p }) { subscribedPlatforms } }', { p: [platform] });

    // The TV watches 68% of the title.
    await tv.must('mutation ($d: ID!, $t: ID!) { heartbeat(deviceId: $d, state: WATCHING, titleId: $t) { reconcile } }', { d: tv.id, t: title.id });
    const { startPlaybackSession } = await tv.must<{ startPlaybackSession: { id: string } }>(
      'mutation ($input: StartPlaybackInput!) { startPlaybackSession(input: $input) { id } }',
      { input: { titleId: title.id, deviceId: tv.id, profileId, durationSeconds: 6000 } },
    );
    // A report within a second of the last is throttled (§9), so the TV's stop carries where it got to.
    await tv.must('mutation ($s: ID!) { endPlaybackSession(sessionId: $s, positionSeconds: 4080) { state } }', { s: startPlaybackSession.id });
    const { continueWatching } = await phone.must<{ continueWatching: Array<{ title: { id: string; name: string }; percent: number; positionSeconds: number }> }>(
      'query ($p: ID!) { continueWatching(profileId: $p) { title { id name } percent positionSeconds } }',
      { p: profileId },
    );
    expect(continueWatching.find((item) => item.title.id === title.id)).toMatchObject({ title: { name: title.name }, percent: 68, positionSeconds: 4080 });

    // The phone starts it on the TV: the subscribed platform, resuming where the TV left off. The preference and
    // the catalogue's offers reach playback as events, so the first attempts may come before them.
    let launch: { platform: string; deepLink: string | null; webFallback: string; resumePositionSeconds: number } | undefined;
    for (let attempt = 0; attempt < 50 && !launch; attempt++) {
      const answer = await phone.call<{ initiatePlayback: NonNullable<typeof launch> }>(
        'mutation ($input: InitiatePlaybackInput!) { initiatePlayback(input: $input) { platform deepLink webFallback resumePositionSeconds } }',
        { input: { titleId: title.id, deviceId: tv.id, profileId, region: 'US' } },
      );
      if (answer.errors?.[0]?.extensions?.code === 'NOT_AVAILABLE') await new Promise((resolve) => setTimeout(resolve, 200));
      else {
        expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
        launch = answer.data!.initiatePlayback;
      }
    }
    expect(launch).toMatchObject({ platform, resumePositionSeconds: 4080 });
    expect(launch!.webFallback).toMatch(/[?&]t=4080/);
  });

  it('keeps watch history only for a viewer who opted in', async () => {
    const title = titles[5]!;
    const watch = async () => {
      const { startPlaybackSession } = await phone.must<{ startPlaybackSession: { id: string } }>(
        'mutation ($input: StartPlaybackInput!) { startPlaybackSession(input: $input) { id } }',
        { input: { titleId: title.id, deviceId: phone.id, profileId, durationSeconds: 3000 } },
      );
      await phone.must('mutation ($s: ID!) { endPlaybackSession(sessionId: $s, positionSeconds: 2990) { state } }', { s: startPlaybackSession.id });
    };
    const history = async () =>
      (await phone.must<{ watchHistory: { edges: Array<{ node: { title: { id: string; name: string }; completed: boolean } }> } }>('{ watchHistory { edges { node { title { id name } completed } } } }'))
        .watchHistory.edges;
    await watch();
    expect(await history()).toEqual([]);

    await phone.must('mutation { updatePrivacyConsents(input: [{ purpose: HISTORY_RETENTION, granted: true, policyVersion: "2026-01" }]) { purpose granted } }');
    // The consent reaches playback as an event; watch again until it has.
    let edges: Awaited<ReturnType<typeof history>> = [];
    for (let attempt = 0; attempt < 50 && edges.length === 0; attempt++) {
      await watch();
      edges = await history();
      if (edges.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(edges[0]!.node).toEqual({ title: { id: title.id, name: title.name }, completed: true });
  });
});

async function whenAcked(acks: LiveSubscription<{ commandStatusChanged: { id: string; status: string } }>, commandId: string): Promise<void> {
  for (const status of ['RECEIVED', 'COMPLETED']) {
    const { acknowledgeCommand } = await tv.must<{ acknowledgeCommand: { status: string } }>(
      'mutation ($d: ID!, $c: ID!, $s: CommandAckStatus!) { acknowledgeCommand(deviceId: $d, commandId: $c, status: $s) { status } }',
      { d: tv.id, c: commandId, s: status },
    );
    expect(acknowledgeCommand.status).toBe(status);
  }
  await acks.next((event) => event.data?.commandStatusChanged.id === commandId && event.data.commandStatusChanged.status === 'COMPLETED');
}

describe('security and bad input', () => describeSyncSecurity(() => product));
