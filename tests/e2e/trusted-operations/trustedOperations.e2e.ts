import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persistedOperationId, readManifest } from '@media-gateway/schema';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';
import { Browser } from '../../../subgraphs/identity/tests/oauth/support/Browser.js';
import { authorize, pkceRequest } from '../../../subgraphs/identity/tests/oauth/support/authorize.js';

// Trusted operations through the real product in safelist mode persisted-or-authenticated-developer: the manifest's
// operations run by id for anyone; query text runs only for an API key with the explorer scope.
// The manifest is served from a copy (PERSISTED_OPERATIONS_MANIFEST), which proves a manifest outside the package loads.
const REDIRECT = 'https://app.example.test/callback';
const MCP_URL = 'https://mcp.example.test/mcp';
const manifest = readManifest();
const SemanticSearch = manifest.operations.find((op) => op.name === 'SemanticSearch')!;
const setUp = {
  Register: manifest.operations.find((op) => op.name === 'Register')!,
  CreateApiKey: manifest.operations.find((op) => op.name === 'CreateApiKey')!,
};

let product: TestProduct;
let dir: string;
const admin = { email: 'developer@example.test', password: 'Correct-Horse-9' };
let explorerKey: string;
let contentKey: string;
let bearer: string;

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function send(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await product.post(JSON.stringify(body), headers);
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const code = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mg-trusted-'));
  const path = join(dir, 'manifest.json');
  writeFileSync(path, JSON.stringify(manifest));
  product = await startTestProduct({
    OAUTH_WEB_REDIRECT_URIS: REDIRECT,
    PERSISTED_OPERATIONS: 'persisted-or-authenticated-developer',
    PERSISTED_OPERATIONS_MANIFEST: path,
    MCP_PUBLIC_URL: MCP_URL,
  });
  const registered = await send({ documentId: setUp.Register.id, variables: { input: { ...admin, displayName: 'developer' } } });
  expect(registered.body).toEqual({ data: { register: { accepted: true } } });
  // Only an admin's role holds `explorer`, so only an admin can put it on a key.
  await product.sql(`UPDATE identity."user" SET role = 'admin' WHERE email = $1`, [admin.email]);
  const web = await client.discovery(new URL(`${product.url}/oidc`), 'web', undefined, client.None(), { execute: [client.allowInsecureRequests] });
  const request = await pkceRequest(web, REDIRECT, 'openid');
  const tokens = await client.authorizationCodeGrant(web, await authorize(new Browser(product.url), request, admin), {
    pkceCodeVerifier: request.verifier,
    expectedState: request.state,
  });
  bearer = tokens.access_token;
  explorerKey = await createKey(['explorer']);
  contentKey = await createKey(['read:content']);
});

afterAll(async () => {
  await product?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function createKey(scopes: string[]): Promise<string> {
  const created = await send({ documentId: `sha256:${setUp.CreateApiKey.id}`, variables: { input: { name: scopes.join(' '), scopes } } }, { authorization: `Bearer ${bearer}` });
  expect(created.body.errors).toBeUndefined();
  const { key, apiKey } = created.body.data!.createApiKey as { key: string; apiKey: { scopes: string[] } };
  expect(apiKey.scopes).toEqual(scopes);
  return key;
}

describe('trusted operations by id', () => {
  it('runs SemanticSearch by its APQ hash, by documentId and over GET, for an anonymous caller', async () => {
    const variables = { query: 'space adventure', first: 3 };
    const byHash = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: SemanticSearch.id } }, variables });
    expect(byHash.status).toBe(200);
    const hits = (byHash.body.data!.search as { hits: Array<{ title: { name: string } }> }).hits;
    expect(hits.length).toBeGreaterThan(0);

    const byDocumentId = await send({ documentId: `sha256:${SemanticSearch.id}`, variables });
    expect(byDocumentId.body).toEqual(byHash.body);

    const params = new URLSearchParams({ documentId: SemanticSearch.id, variables: JSON.stringify(variables) });
    const get = await fetch(`${product.url}/graphql?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual(byHash.body);
    expect(await persistedCount()).toBeGreaterThanOrEqual(3);
  });

  it('answers an unknown id with PERSISTED_QUERY_NOT_FOUND, and refuses text that does not hash to the id', async () => {
    const unknown = 'f'.repeat(64);
    const byHash = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } });
    expect(byHash.body.errors).toEqual([{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', id: unknown } }]);
    const byDocumentId = await send({ documentId: `sha256:${unknown}` });
    expect(byDocumentId.body.errors).toEqual([
      { message: `No trusted operation has the id ${unknown}.`, extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', id: unknown } },
    ]);

    const mismatch = await send({ query: '{ genres { genre } }', documentId: SemanticSearch.id, variables: { query: 'x' } }, { 'x-api-key': explorerKey });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors).toEqual([
      { message: `The query text does not hash to documentId ${SemanticSearch.id}.`, extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' } },
    ]);
  });
});

describe('the safelist (persisted-or-authenticated-developer)', () => {
  const adhoc = { query: '{ genres { genre } }' };

  it('refuses ad-hoc text and APQ registration from an anonymous caller, a signed-in user and a key without explorer', async () => {
    const apq = { ...adhoc, extensions: { persistedQuery: { version: 1, sha256Hash: persistedOperationId(adhoc.query) } } };
    for (const [body, headers] of [
      [adhoc, {}],
      [apq, {}],
      [adhoc, { authorization: `Bearer ${bearer}` }],
      [adhoc, { 'x-api-key': contentKey }],
    ] as const) {
      const refused = await send(body, headers);
      expect(refused.status).toBe(403);
      expect(refused.body.errors).toEqual([
        {
          message:
            'This router runs only trusted operations for this caller: send a trusted operation by id (documentId, or extensions.persistedQuery.sha256Hash) from the manifest, or use an API key with the explorer scope for ad-hoc operations.',
          extensions: { code: 'PERSISTED_QUERY_REQUIRED', mode: 'persisted-or-authenticated-developer' },
        },
      ]);
    }
    // The refusal comes before parsing: a caller without explorer learns nothing about the schema.
    expect(code(await send({ query: '{ nope }' }))).toBe('PERSISTED_QUERY_REQUIRED');
  });

  it('runs ad-hoc text for an API key with the explorer scope', async () => {
    const answer = await send({ query: '{ me { email } genres { genre } }' }, { 'x-api-key': explorerKey });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.me).toEqual({ email: admin.email });
    expect((answer.body.data!.genres as unknown[]).length).toBeGreaterThan(0);
    expect(await product.metric('graphql_operations_total{kind="refused",transport="http"}')).toBeGreaterThan(0);
  });
});

describe('the ARW manifest', () => {
  it('is served to any origin and lists semantic search, the playback action with consent, and the OAuth endpoints', async () => {
    const response = await fetch(`${product.url}/.well-known/arw-manifest.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const arw = (await response.json()) as Record<string, Record<string, unknown>>;
    const graphql = `${product.url}/graphql`;
    expect(arw.capabilities).toMatchObject({
      mcp: { version: '2024-11-05', transports: ['stdio', 'streamable-http'], endpoint: MCP_URL, tools_url: MCP_URL, resources_url: MCP_URL },
      semantic_search: { endpoint: graphql, method: 'POST', supports_natural_language: true, supports_filters: true, document_id: `sha256:${SemanticSearch.id}` },
    });
    const actions = arw.capabilities!.actions as Array<{ id: string; requires_user_consent: boolean; oauth_scopes: string[]; tools: string[] }>;
    expect(actions.find((action) => action.id === 'playback')).toMatchObject({
      requires_user_consent: true,
      oauth_scopes: expect.arrayContaining(['write:playback']),
      tools: expect.arrayContaining(['initiate_playback', 'control_playback']),
    });
    expect(arw.authentication!.oauth2).toMatchObject({
      authorization_endpoint: `${product.url}/oidc/auth`,
      token_endpoint: `${product.url}/oidc/token`,
      device_authorization_endpoint: `${product.url}/oidc/device/auth`,
    });
    expect(arw.rate_limits).toEqual({ unauthenticated: 100, authenticated: 1000, window_seconds: 900 });
    // The endpoints it names are the identity server's own.
    const discovery = (await (await fetch(`${product.url}/oidc/.well-known/openid-configuration`)).json()) as Record<string, string>;
    const oauth2 = arw.authentication!.oauth2 as Record<string, string>;
    expect([oauth2.authorization_endpoint, oauth2.token_endpoint, oauth2.device_authorization_endpoint]).toEqual([
      discovery.authorization_endpoint,
      discovery.token_endpoint,
      discovery.device_authorization_endpoint,
    ]);
    const logo = await fetch((arw.site as { logo: string }).logo);
    expect(logo.headers.get('content-type')).toBe('image/svg+xml');
  });
});

async function persistedCount(): Promise<number> {
  return product.metric('graphql_operations_total{kind="persisted",transport="http"}');
}
