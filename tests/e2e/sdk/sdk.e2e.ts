import { formatHlc, HybridClock } from '@media-gateway/crdt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  createClient,
  MemorySyncQueueStore,
  MemoryTokenStore,
  OAuthSession,
  OfflineSync,
  operations,
  staticToken,
  type MediaGatewayClient,
  type TypedOperation,
} from '@media-gateway/sdk';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';
import { discoveryClient, PRODUCT_ENV, REDIRECT, type DiscoveryClient } from '../discovery/discoveryClient.js';
import { Browser, readForm } from '../../../subgraphs/identity/tests/oauth/support/Browser.js';
import { authorize, pkceRequest } from '../../../subgraphs/identity/tests/oauth/support/authorize.js';
import * as oidc from 'openid-client';
import { failure } from '../../../clients/sdk/tests/support/failure.js';

// The SDK against the whole product (issue 6): persisted operations by id, bearer tokens and refresh, the offline
// sync engine, subscriptions over graphql-ws, and the OAuth device grant. One product start for the file.
const { DiscoverTitles, Library, LibraryChanged, RegisterDevice, SemanticSearch, Viewer, AddToWatchlist } = operations;
const alice = { email: 'alice.sdk@example.test', password: 'Correct-Horse-1' };
const bob = { email: 'bob.sdk@example.test', password: 'Battery-Staple-2' };
const SCOPE = 'openid read:content write:preferences';

let product: TestProduct;
let api: DiscoveryClient;
let aliceToken: string;
let aliceClient: MediaGatewayClient;
let aliceProfile: string;
let phoneId: string;
let tvId: string;
let titles: Array<{ id: string; name: string }>;
const clients: MediaGatewayClient[] = [];

/** A fetch that records each GraphQL body it sends and can be switched "offline" (fails like a dropped network). */
function switchableFetch() {
  const state = { offline: false, bodies: [] as Array<Record<string, unknown>> };
  const impl: typeof fetch = async (input, init) => {
    if (state.offline) throw new TypeError('fetch failed');
    if (typeof init?.body === 'string' && String(input).endsWith('/graphql')) state.bodies.push(JSON.parse(init.body) as Record<string, unknown>);
    return fetch(input, init);
  };
  return Object.assign(state, { fetch: impl });
}

function client(options: Partial<Parameters<typeof createClient>[0]> = {}): MediaGatewayClient {
  const made = createClient({ url: product.url, webSocketImpl: WebSocket, retry: { attempts: 1, baseDelayMs: 10 }, ...options });
  clients.push(made);
  return made;
}

beforeAll(async () => {
  product = await startTestProduct(PRODUCT_ENV);
  api = await discoveryClient(product);
  await api.register(alice);
  await api.register(bob);
  aliceToken = await api.signIn(alice, SCOPE);
  aliceClient = client({ auth: staticToken(aliceToken) });
  const { me } = await aliceClient.request(Viewer);
  aliceProfile = me!.profiles[0]!.id;
  const register = (name: string, type: 'PHONE' | 'TV', platform: string) => aliceClient.request(RegisterDevice, { input: { name, type, platform } });
  phoneId = (await register('Alice phone', 'PHONE', 'iOS')).registerDevice.device.id;
  tvId = (await register('Alice TV', 'TV', 'webOS')).registerDevice.device.id;
  const { titles: page } = await client().request(DiscoverTitles, { first: 6 });
  titles = page.edges.map((edge) => ({ id: edge.node.id, name: edge.node.name }));
  expect(titles).toHaveLength(6);
}, 300_000);

afterAll(async () => {
  for (const made of clients) await made.close();
  await product?.close();
});

describe('persisted operations by id', () => {
  it('runs SemanticSearch anonymously, sending only the id', async () => {
    const wire = switchableFetch();
    const { search } = await client({ fetch: wire.fetch }).request(SemanticSearch, { query: 'space adventure', first: 3 });
    expect(search.hits.length).toBeGreaterThan(0);
    expect(search.hits.length).toBeLessThanOrEqual(3);
    expect(wire.bodies).toEqual([
      {
        documentId: SemanticSearch.id,
        operationName: 'SemanticSearch',
        variables: { query: 'space adventure', first: 3 },
        extensions: { persistedQuery: { version: 1, sha256Hash: SemanticSearch.id } },
      },
    ]);
  });

  it('answers an id the router does not know with PERSISTED_QUERY_NOT_FOUND', async () => {
    const unknown: TypedOperation<{ me: unknown }, Record<string, never>> = { ...Viewer, id: 'f'.repeat(64) } as never;
    const error = await failure(client().request(unknown));
    expect([error.code, error.serverCode]).toEqual(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_FOUND']);
  });

  it('answers Viewer for the signed-in user, and refreshes once when the token is refused', async () => {
    expect((await aliceClient.request(Viewer)).me?.email).toBe(alice.email);
    let refreshes = 0;
    const stale = client({
      auth: {
        accessToken: async () => (refreshes === 0 ? 'not-a-jwt' : aliceToken),
        refresh: async () => {
          refreshes += 1;
          return aliceToken;
        },
      },
    });
    expect((await stale.request(Viewer)).me?.email).toBe(alice.email);
    expect(refreshes).toBe(1);
  });
});

describe('OfflineSync against the sync subgraph', () => {
  it('queues while offline, replays on reconnect, and ends with the server library equal to the replica', async () => {
    const wire = switchableFetch();
    const sync = new OfflineSync({
      client: client({ fetch: wire.fetch, auth: staticToken(aliceToken) }),
      profileId: aliceProfile,
      deviceId: phoneId,
      store: new MemorySyncQueueStore(),
      batchSize: 2,
    });
    await sync.load();

    wire.offline = true;
    const [a, b, c, d] = [titles[0]!, titles[1]!, titles[2]!, titles[3]!];
    await sync.addToWatchlist(a.id, { priority: 50, reason: 'offline add' });
    await sync.addToWatchlist(b.id);
    await sync.addToWatchlist(c.id, { priority: 10 });
    await sync.removeFromWatchlist(b.id);
    await sync.reportProgress(a.id, 1200, 6000);
    await sync.reportProgress(d.id, 5900, 6000);
    await sync.setPreference('subtitleLanguage', 'fr');
    expect(sync.pending()).toBe(7);
    expect(sync.watchlist().map((entry) => entry.titleId)).toEqual([a.id, c.id]);
    expect((await failure(sync.flush())).code).toBe('NETWORK');
    expect(sync.pending()).toBe(7);

    wire.offline = false;
    const sent = wire.bodies.length;
    expect(await sync.flush()).toEqual({ sent: 7, applied: 7, duplicates: 0, ignored: 0, batches: 4, rejected: [], remaining: 0 });
    expect(wire.bodies.slice(sent).map((body) => body.operationName)).toEqual(Array(4).fill('ApplySyncOperations'));

    const { library } = await aliceClient.request(Library, { profileId: aliceProfile });
    expect(library.watchlist.map((e) => ({ titleId: e.title.id, priority: e.priority, reason: e.reason, hlc: e.hlc, tags: [...e.tags].sort() }))).toEqual(
      sync.watchlist().map((e) => ({ titleId: e.titleId, priority: e.priority, reason: e.reason, hlc: e.hlc, tags: e.tags })),
    );
    const serverProgress = library.progress.map((p) => ({ titleId: p.title.id, positionSeconds: p.positionSeconds, completed: p.completed, percent: p.percent, hlc: p.hlc }));
    expect(serverProgress).toEqual(sync.replica.allProgress().map((p) => ({ titleId: p.titleId, positionSeconds: p.positionSeconds, completed: p.completed, percent: p.percent, hlc: p.hlc })));
    expect(serverProgress.find((p) => p.titleId === d.id)?.completed).toBe(true);
    expect(Object.fromEntries(library.preferences.map((p) => [p.key, p.value]))).toEqual(sync.preferences());

    const before = wire.bodies.length;
    expect(await sync.flush()).toMatchObject({ sent: 0, batches: 0 });
    expect(wire.bodies.length).toBe(before);
  });

  it('resends a batch whose answer was lost, and the server counts it as duplicates', async () => {
    const store = new MemorySyncQueueStore();
    const sync = new OfflineSync({ client: aliceClient, profileId: aliceProfile, deviceId: phoneId, store });
    await sync.addToWatchlist(titles[4]!.id);
    await sync.reportProgress(titles[4]!.id, 30, 3000);
    const queued = await store.load();
    expect((await sync.flush()).applied).toBe(2);
    // The same operations again, as after an acknowledgement that never arrived.
    const replay = new OfflineSync({ client: aliceClient, profileId: aliceProfile, deviceId: phoneId, store: new MemorySyncQueueStore(queued) });
    expect(await replay.flush()).toMatchObject({ sent: 2, applied: 0, duplicates: 2 });
  });

  it('delivers a change made by another call to a LibraryChanged subscription, and live mode merges it', async () => {
    const changes: Array<{ kind: string; titleId: string | undefined }> = [];
    const stop = aliceClient.subscribe(LibraryChanged, { profileId: aliceProfile }, {
      next: ({ libraryChanged }) => changes.push({ kind: libraryChanged.operation.kind, titleId: libraryChanged.operation.title?.id }),
      error: (error) => changes.push({ kind: `error ${error.code}`, titleId: undefined }),
    });
    // Not loaded, so the replica learns only from the live stream.
    const follower = new OfflineSync({ client: aliceClient, profileId: aliceProfile, deviceId: phoneId, store: new MemorySyncQueueStore() });
    const stopLive = follower.live();
    const tv = new OfflineSync({ client: aliceClient, profileId: aliceProfile, deviceId: tvId, store: new MemorySyncQueueStore() });
    // graphql-ws does not acknowledge a subscribe: repeat a harmless change until both streams show one.
    for (let attempt = 0; attempt < 50 && !(changes.length > 0 && follower.preferences().theme === `probe-${attempt - 1}`); attempt++) {
      await tv.setPreference('theme', `probe-${attempt}`);
      await tv.flush();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(follower.preferences().theme).toMatch(/^probe-/);

    const title = titles[5]!;
    // Another call: the plain mutation, as the TV app would send it (a fresh clock is past the probes' timestamps).
    const hlc = formatHlc(new HybridClock({ node: tvId }).now());
    const added = await aliceClient.request(AddToWatchlist, { profileId: aliceProfile, deviceId: tvId, titleId: title.id, hlc });
    expect(added.addToWatchlist.title.id).toBe(title.id);
    await expect.poll(() => changes.some((change) => change.kind === 'WATCHLIST_ADD' && change.titleId === title.id), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => follower.watchlist().some((entry) => entry.titleId === title.id && entry.title?.name === title.name), { timeout: 10_000 }).toBe(true);
    expect(changes.filter((change) => change.kind.startsWith('error'))).toEqual([]);
    stop();
    stopLive();
  });

  it("keeps one user's library from another: Bob cannot write with Alice's device, nor see her library", async () => {
    const bobClient = client({ auth: staticToken(await api.signIn(bob, SCOPE)) });
    const intruder = new OfflineSync({ client: bobClient, profileId: aliceProfile, deviceId: phoneId, store: new MemorySyncQueueStore() });
    await intruder.addToWatchlist(titles[3]!.id);
    const error = await failure(intruder.flush());
    expect(error.code).toBe('NOT_FOUND');
    expect(intruder.pending()).toBe(1);
    const { library } = await bobClient.request(Library, { profileId: aliceProfile });
    expect(library.watchlist).toEqual([]);
    expect(library.progress).toEqual([]);
  });
});

describe('OAuthSession against the identity service', () => {
  it('signs in with the device grant, refreshes with rotation, and logs out', async () => {
    const store = new MemoryTokenStore();
    const session = new OAuthSession({ issuer: `${product.url}/oidc`, clientId: 'tv', store });
    const web = await oidc.discovery(new URL(`${product.url}/oidc`), 'web', undefined, oidc.None(), { execute: [oidc.allowInsecureRequests] });
    const browser = new Browser(product.url);
    await authorize(browser, await pkceRequest(web, REDIRECT, 'openid'), alice);

    const tokens = await session.deviceLogin({
      scope: 'openid offline_access read:content',
      onPrompt: async ({ userCode, verificationUri }) => {
        expect(verificationUri).toBe(`${product.url}/activate`);
        const entry = readForm((await browser.navigate('/activate')).html);
        const confirm = await browser.navigate(entry.action, { ...entry.fields, user_code: userCode });
        const approve = readForm(confirm.html);
        expect((await browser.navigate(approve.action, { ...approve.fields, confirm: 'yes' })).html).toContain('Device connected');
      },
    });
    expect(tokens.refreshToken).toEqual(expect.any(String));
    const tv = client({ auth: session });
    expect((await tv.request(Viewer)).me?.email).toBe(alice.email);

    const first = tokens.refreshToken!;
    await session.refresh();
    const rotated = (await store.load())!.refreshToken!;
    expect(rotated).not.toBe(first);
    expect((await tv.request(Viewer)).me?.email).toBe(alice.email);

    await session.logout();
    expect(await store.load()).toBeUndefined();
    const reuse = await fetch(`${product.url}/oidc/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: rotated, client_id: 'tv' }),
    });
    expect([reuse.status, ((await reuse.json()) as { error?: string }).error]).toEqual([400, 'invalid_grant']);
  }, 60_000);
});

