import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { HybridClock, formatHlc } from '@media-gateway/crdt';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, freePort, testRedisUrl, type TestDatabase } from '@media-gateway/testing';
import { startProcess, type RunningProcess } from '../../support/startProcess.js';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';
import { connectLive, whenSubscribed, type LiveConnection } from '../../support/liveClient.js';
import { Browser } from '../../../subgraphs/identity/tests/oauth/support/Browser.js';
import { authorize, pkceRequest } from '../../../subgraphs/identity/tests/oauth/support/authorize.js';

// The sync subgraph as its own process behind a distributed router: the router opens its subscription upstream over
// graphql-ws. Killing the subgraph mid-stream must end the client's subscription with an error, not leave it
// hanging; once the subgraph is back, the client resubscribes and `syncSince` returns what it missed.
const REDIRECT = 'https://app.example.test/callback';
const SECRET = 'a-shared-router-subgraph-secret-of-32+-chars';
const user = { email: 'kim@example.test', password: 'Correct-Horse-1' };
let database: TestDatabase;
let identity: RunningProcess;
let catalog: RunningProcess;
let sync: RunningProcess;
let syncPort: number;
let router: TestProduct;
let token: string;
let profileId: string;
let phoneId: string;
let tvId: string;
const entry = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const syncEnv = () => ({
  DATABASE_URL: database.url,
  SYNC_PORT: String(syncPort),
  HOST: '127.0.0.1',
  IDENTITY_ASSERTION_SECRET: SECRET,
  ...(testRedisUrl() ? { REDIS_URL: testRedisUrl()! } : {}),
});

async function call<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await router.post(JSON.stringify({ query, variables }), { authorization: `Bearer ${token}` });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const [identityPort, catalogPort] = [await freePort(), await freePort()];
  syncPort = await freePort();
  [identity, catalog, sync] = await Promise.all([
    startProcess(entry('subgraphs/identity/src/main.ts'), identityPort, {
      DATABASE_URL: database.url,
      IDENTITY_PORT: String(identityPort),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${identityPort}`,
      IDENTITY_ASSERTION_SECRET: SECRET,
      OAUTH_COOKIE_KEYS: randomBytes(32).toString('base64url'),
      MFA_ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
      OAUTH_SERVICE_CLIENT_SECRET: randomBytes(32).toString('base64url'),
      OAUTH_WEB_REDIRECT_URIS: REDIRECT,
    }),
    startProcess(entry('subgraphs/catalog/src/main.ts'), catalogPort, {
      DATABASE_URL: database.url,
      CATALOG_PORT: String(catalogPort),
      HOST: '127.0.0.1',
      CATALOG_INGEST_ON_START: 'false',
    }),
    startProcess(entry('subgraphs/sync/src/main.ts'), syncPort, syncEnv()),
  ]);
  router = await startTestProduct({
    ROUTER_MODE: 'distributed',
    SUBGRAPH_CATALOG_URL: `${catalog.url}/graphql`,
    SUBGRAPH_IDENTITY_URL: `${identity.url}/graphql`,
    SUBGRAPH_SYNC_URL: `${sync.url}/graphql`,
    IDENTITY_ISSUER: `${identity.url}/oidc`,
    IDENTITY_ASSERTION_SECRET: SECRET,
  });
  const register = await router.post(
    JSON.stringify({ query: 'mutation ($input: RegisterInput!) { register(input: $input) { accepted } }', variables: { input: { ...user, displayName: 'kim' } } }),
  );
  expect(register.status).toBe(200);
  const web = await client.discovery(new URL(`${identity.url}/oidc`), 'web', undefined, client.None(), { execute: [client.allowInsecureRequests] });
  const request = await pkceRequest(web, REDIRECT, 'openid');
  const callback = await authorize(new Browser(identity.url), request, user);
  token = (await client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state })).access_token;
  profileId = (await call<{ me: { profiles: Array<{ id: string }> } }>('{ me { profiles { id } } }')).me.profiles[0]!.id;
  const register2 = (name: string, type: string) =>
    call<{ registerDevice: { device: { id: string } } }>('mutation ($n: String!, $t: DeviceType!) { registerDevice(input: { name: $n, type: $t, platform: "Web" }) { device { id } } }', {
      n: name,
      t: type,
    }).then((r) => r.registerDevice.device.id);
  phoneId = await register2('phone', 'PHONE');
  tvId = await register2('tv', 'TV');
}, 300_000);

afterAll(async () => {
  await router?.close();
  await Promise.all([identity?.stop(), catalog?.stop(), sync?.stop()]);
  await database?.dispose();
});

const SET = 'mutation ($p: ID!, $d: ID!, $v: String!, $h: String!) { setPreference(profileId: $p, deviceId: $d, key: "subtitleLanguage", value: $v, hlc: $h) { key } }';

describe('a subscription when its subgraph dies', () => {
  it('ends with an error instead of hanging, and the client catches up with syncSince after resubscribing', async () => {
    const phone = new HybridClock({ node: phoneId });
    const tv = new HybridClock({ node: tvId });
    const live: LiveConnection = connectLive(router.url, token);
    const changes = live.subscribe<{ libraryChanged: { cursor: string; preference: { value: string } | null } }>(
      'subscription ($p: ID) { libraryChanged(profileId: $p) { cursor preference { value } } }',
      { p: profileId },
    );
    await whenSubscribed(changes, async (attempt) => void (await call(SET, { p: profileId, d: phoneId, v: `probe-${attempt}`, h: formatHlc(phone.now()) })), () => true);
    expect(changes.events.at(-1)!.errors, JSON.stringify(changes.events.at(-1))).toBeUndefined();
    const lastCursor = changes.events.at(-1)!.data!.libraryChanged.cursor;

    await sync.stop();
    // The router ends the stream with a last event that says why, then completes it; the connection stays open.
    await changes.done;
    expect(changes.events.at(-1)!.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'sync' });

    sync = await startProcess(entry('subgraphs/sync/src/main.ts'), syncPort, syncEnv());
    // Another device writes while this client has no subscription.
    for (const value of ['fr', 'de', 'es']) await call(SET, { p: profileId, d: tvId, v: value, h: formatHlc(tv.now()) });

    const again = live.subscribe<{ libraryChanged: { cursor: string } }>('subscription ($p: ID) { libraryChanged(profileId: $p) { cursor } }', { p: profileId });
    await whenSubscribed(again, async (attempt) => void (await call(SET, { p: profileId, d: phoneId, v: `back-${attempt}`, h: formatHlc(phone.now()) })), () => true);
    const missed = await call<{ syncSince: { operations: Array<{ value: string | null; deviceId: string }> } }>(
      'query ($p: ID!, $c: String) { syncSince(profileId: $p, cursor: $c, first: 100) { operations { value deviceId } } }',
      { p: profileId, c: lastCursor },
    );
    expect(missed.syncSince.operations.filter((op) => op.deviceId === tvId).map((op) => op.value)).toEqual(['fr', 'de', 'es']);
    await live.dispose();
  });
});
