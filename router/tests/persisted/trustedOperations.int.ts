import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { createClient, type SubscribePayload } from 'graphql-ws';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { createAccessTokenVerifier } from '@media-gateway/auth';
import { createMetrics } from '@media-gateway/runtime';
import { ManifestError, persistedOperationId, type PersistedOperation } from '@media-gateway/schema';
import { createAuthenticator } from '../../src/auth/createAuthenticator.js';
import { createRouter, type Router } from '../../src/createRouter.js';
import type { SafelistMode } from '../../src/persisted/SafelistMode.js';
import { ASSERTION_SECRET, composeFixture, itemsSubgraph, ticksSubgraph } from '../subscriptions/fixtureSubgraphs.js';
import { silentLogger } from '../subscriptions/support.js';

// The router's trusted operations and safelist over real HTTP and graphql-ws, on the fixture subgraphs (ticks owns
// the subscriptions, items the `Item` entity) hosted in-process.
const issuer = 'http://localhost:4000/oidc';
const audience = 'https://api.media-gateway.test';
const { privateKey, publicKey } = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
const EXPLORER_KEY = 'mg_live_ExplorerExplorerExplorerExplorer';
const CONTENT_KEY = 'mg_live_ContentContentContentContentCont';

function trusted(body: string): PersistedOperation {
  const [, type, name] = /^(query|mutation|subscription) (\w+)/.exec(body)!;
  return { id: persistedOperationId(body), name: name!, type: type as PersistedOperation['type'], body };
}

const ITEM = trusted('query ItemName($id: ID!) {\n  item(id: $id) {\n    name\n  }\n}\n');
const TICKS = trusted('subscription PublicTicks($count: Int!) {\n  publicTicks(count: $count) {\n    n\n    item {\n      name\n    }\n  }\n}\n');
const ADHOC = '{ item(id: "adhoc") { name } }';

let router: Router | undefined;
let url = '';
afterEach(async () => {
  await router?.close();
  router = undefined;
});

async function start(mode: SafelistMode, operations: PersistedOperation[] = [ITEM, TICKS]): Promise<Router> {
  const ticks = ticksSubgraph();
  const items = itemsSubgraph();
  const created = await createRouter({
    config: { limits: { maxDepth: 7, maxCost: 1000, maxAliases: 15, maxQueryLength: 20_000 } },
    logger: silentLogger,
    metrics: createMetrics({ collectDefaults: false }),
    supergraphSdl: composeFixture([ticks, items]),
    transport: { kind: 'in-process', subgraphs: [ticks, items] },
    readiness: {},
    authenticate: createAuthenticator({
      assertionSecret: ASSERTION_SECRET,
      accessTokens: createAccessTokenVerifier({ issuer, audience, keys: { kind: 'local', getJwks: async () => ({ keys: [jwk] }) } }),
      apiKeys: async (key) => {
        if (key === EXPLORER_KEY) return { userId: 'dev-1', apiKeyId: 'key-explorer', role: 'admin', scopes: ['explorer'] };
        if (key === CONTENT_KEY) return { userId: 'user-2', apiKeyId: 'key-content', role: 'free', scopes: ['read:content'] };
        return null;
      },
    }),
    persistedOperations: { manifest: { format: 'apollo-persisted-query-manifest', version: 1, operations }, mode },
  });
  router = created;
  await created.app.listen({ port: 0, host: '127.0.0.1' });
  const address = created.app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  return created;
}

interface Answer {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function post(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const bearer = async (scope = 'read:watchlist') =>
  `Bearer ${await new SignJWT({ scope, client_id: 'web', user_role: 'premium' })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'at+jwt' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject('user-1')
    .setJti(crypto.randomUUID())
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey)}`;

const apq = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });
const REQUIRED = expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_REQUIRED' }) });

describe('trusted operations over HTTP', () => {
  it('runs a trusted query by documentId (bare or sha256:) and by APQ hash, with the manifest body and name', async () => {
    await start('off');
    const expected = { status: 200, body: { data: { item: { name: 'Name of i-1' } } } };
    expect(await post({ documentId: ITEM.id, variables: { id: 'i-1' } })).toEqual(expected);
    expect(await post({ documentId: `sha256:${ITEM.id.toUpperCase()}`, variables: { id: 'i-1' } })).toEqual(expected);
    // The manifest's operation name wins over a client's.
    expect(await post({ extensions: apq(ITEM.id), operationName: 'Other', variables: { id: 'i-1' } })).toEqual(expected);
    // Text that is the body itself is fine.
    expect(await post({ query: ITEM.body, documentId: ITEM.id, variables: { id: 'i-1' } })).toEqual(expected);
  });

  it('answers GET by documentId', async () => {
    await start('persisted-only');
    const params = new URLSearchParams({ documentId: ITEM.id, variables: JSON.stringify({ id: 'g' }) });
    const response = await fetch(`${url}?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await response.json()).toEqual({ data: { item: { name: 'Name of g' } } });
  });

  it('refuses an unknown documentId, a malformed one, and text that does not hash to the id', async () => {
    await start('off');
    const unknown = 'a'.repeat(64);
    expect(await post({ documentId: unknown })).toEqual({
      status: 200,
      body: { errors: [{ message: `No trusted operation has the id ${unknown}.`, extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', id: unknown } }] },
    });
    expect(await post({ documentId: 'sha1:abc' })).toEqual({
      status: 400,
      body: { errors: [{ message: 'documentId must be a SHA-256 hex digest, optionally prefixed with "sha256:".', extensions: { code: 'PERSISTED_QUERY_INVALID_ID' } }] },
    });
    const mismatch = await post({ query: ADHOC, extensions: apq(ITEM.id) });
    expect(mismatch).toEqual({ status: 400, body: { errors: [{ message: 'provided sha does not match query', extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' } }] } });
    const twoIds = await post({ documentId: ITEM.id, extensions: apq(TICKS.id) });
    expect(twoIds.status).toBe(400);
    expect(twoIds.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
  });

  it('in mode off, leaves hashes the manifest lacks to APQ, which still registers and serves them', async () => {
    const created = await start('off');
    const hash = persistedOperationId(ADHOC);
    const miss = await post({ extensions: apq(hash) });
    expect(miss.body.errors).toEqual([{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);
    expect((await post({ query: ADHOC, extensions: apq(hash) })).body).toEqual({ data: { item: { name: 'Name of adhoc' } } });
    expect((await post({ extensions: apq(hash) })).body).toEqual({ data: { item: { name: 'Name of adhoc' } } });
    const metrics = await created.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/graphql_operations_total\{kind="adhoc",transport="http"\} 3/);
  });

  it('in mode persisted-only, refuses ad-hoc text and APQ registration from everyone, and answers unknown hashes itself', async () => {
    const created = await start('persisted-only');
    const hash = persistedOperationId(ADHOC);
    for (const headers of [{}, { 'x-api-key': EXPLORER_KEY }] as Array<Record<string, string>>) {
      const refused = await post({ query: ADHOC }, headers);
      expect(refused).toEqual({
        status: 403,
        body: {
          errors: [
            {
              message: 'This router runs only trusted operations: send a trusted operation by id (documentId, or extensions.persistedQuery.sha256Hash) from the manifest.',
              extensions: { code: 'PERSISTED_QUERY_REQUIRED', mode: 'persisted-only' },
            },
          ],
        },
      });
      expect((await post({ query: ADHOC, extensions: apq(hash) }, headers)).body.errors).toEqual([REQUIRED]);
    }
    expect((await post({ extensions: apq(hash) })).body.errors?.[0]?.extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND', id: hash });
    expect((await post({ documentId: ITEM.id, variables: { id: 'p' } })).body).toEqual({ data: { item: { name: 'Name of p' } } });
    const metrics = (await created.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/graphql_operations_total\{kind="refused",transport="http"\} 5/);
    expect(metrics).toMatch(/graphql_operations_total\{kind="persisted",transport="http"\} 1/);
  });

  it('in mode persisted-or-authenticated-developer, runs ad-hoc text only for an API key with explorer', async () => {
    await start('persisted-or-authenticated-developer');
    expect((await post({ query: ADHOC }, { 'x-api-key': EXPLORER_KEY })).body).toEqual({ data: { item: { name: 'Name of adhoc' } } });
    for (const headers of [{}, { authorization: await bearer('read:watchlist explorer') }, { 'x-api-key': CONTENT_KEY }] as Array<Record<string, string>>) {
      const refused = await post({ query: ADHOC }, headers);
      expect(refused.status).toBe(403);
      expect(refused.body.errors).toEqual([REQUIRED]);
    }
    // Everyone may run the trusted operations.
    expect((await post({ documentId: ITEM.id, variables: { id: 'd' } }, { authorization: await bearer() })).body).toEqual({ data: { item: { name: 'Name of d' } } });
  });

  it('refuses to start with a manifest operation the schema does not validate, naming it', async () => {
    const stale = trusted('query Stale {\n  item(id: "x") {\n    price\n  }\n}\n');
    await expect(start('off', [ITEM, stale])).rejects.toThrow(ManifestError);
    await expect(start('off', [ITEM, stale])).rejects.toThrow(/Stale: Cannot query field "price" on type "Item"/);
  });
});

describe('trusted operations over graphql-ws', () => {
  async function subscribe(payload: SubscribePayload & { documentId?: string }, connectionParams: Record<string, unknown> = {}) {
    const client = createClient({ url: url.replace('http:', 'ws:'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams });
    try {
      const results: unknown[] = [];
      const error = await new Promise<unknown>((resolve) => {
        client.subscribe(payload, { next: (value) => results.push(value), error: resolve, complete: () => resolve(undefined) });
      });
      return { results, error };
    } finally {
      await client.dispose();
    }
  }

  const twoTicks = [1, 2].map((n) => ({ data: { publicTicks: { n, item: { name: `Name of item-${n}` } } } }));

  it('subscribes by documentId or APQ hash (query ""), and runs trusted queries over the socket', async () => {
    await start('persisted-only');
    expect(await subscribe({ query: '', documentId: `sha256:${TICKS.id}`, variables: { count: 2 } })).toEqual({ results: twoTicks, error: undefined });
    expect(await subscribe({ query: '', extensions: apq(TICKS.id), variables: { count: 2 } })).toEqual({ results: twoTicks, error: undefined });
    expect(await subscribe({ query: '', documentId: ITEM.id, variables: { id: 'w' } })).toEqual({ results: [{ data: { item: { name: 'Name of w' } } }], error: undefined });
  });

  it('refuses ad-hoc subscriptions and queries by the same safelist, and unknown ids', async () => {
    await start('persisted-or-authenticated-developer');
    const adhoc = { query: 'subscription { publicTicks(count: 2) { n item { name } } }' };
    expect(await subscribe(adhoc)).toEqual({ results: [], error: [REQUIRED] });
    expect(await subscribe({ query: ADHOC }, { 'x-api-key': CONTENT_KEY })).toEqual({ results: [], error: [REQUIRED] });
    expect(await subscribe(adhoc, { 'x-api-key': EXPLORER_KEY })).toEqual({ results: twoTicks, error: undefined });
    const unknown = 'b'.repeat(64);
    expect(await subscribe({ query: '', extensions: apq(unknown) })).toEqual({
      results: [],
      error: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', id: unknown } }],
    });
  });
});
