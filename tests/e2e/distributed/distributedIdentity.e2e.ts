import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { SignJWT, generateKeyPair } from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testRedisUrl, type TestDatabase } from '@media-gateway/testing';
import { startProcess, type RunningProcess } from '../../support/startProcess.js';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';
import { Browser } from '../../../subgraphs/identity/tests/oauth/support/Browser.js';
import { authorize, pkceRequest } from '../../../subgraphs/identity/tests/oauth/support/authorize.js';
import { freePort } from '@media-gateway/testing';

// Distributed mode end to end: the identity server and the catalog server as their own processes on one database,
// the router in front of both over HTTP. Clients sign in at the identity server's OAuth endpoints and call the API
// through the router, which verifies tokens against the identity server's JWKS and resolves API keys through its
// internal lookup.
const REDIRECT = 'https://app.example.test/callback';
const SECRET = 'a-shared-router-subgraph-secret-of-32+-chars';
const alice = { email: 'alice@example.test', password: 'Correct-Horse-1' };
let database: TestDatabase;
let identity: RunningProcess;
let catalog: RunningProcess;
let router: TestProduct;
let web: client.Configuration;

beforeAll(async () => {
  database = await createTestDatabase();
  const [identityPort, catalogPort] = [await freePort(), await freePort()];
  const entry = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
  [identity, catalog] = await Promise.all([
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
      // The routers' Redis, where a revoked API key is evicted from their cache.
      ...(testRedisUrl() ? { REDIS_URL: testRedisUrl()! } : {}),
    }),
    startProcess(entry('subgraphs/catalog/src/main.ts'), catalogPort, {
      DATABASE_URL: database.url,
      CATALOG_PORT: String(catalogPort),
      HOST: '127.0.0.1',
      CATALOG_INGEST_ON_START: 'false',
    }),
  ]);
  router = await startTestProduct({
    ROUTER_MODE: 'distributed',
    SUBGRAPH_CATALOG_URL: `${catalog.url}/graphql`,
    SUBGRAPH_IDENTITY_URL: `${identity.url}/graphql`,
    IDENTITY_ISSUER: `${identity.url}/oidc`,
    IDENTITY_ASSERTION_SECRET: SECRET,
  });
  web = await client.discovery(new URL(`${identity.url}/oidc`), 'web', undefined, client.None(), { execute: [client.allowInsecureRequests] });

  const registered = await call('mutation ($input: RegisterInput!) { register(input: $input) { accepted } }', {}, { input: { ...alice, displayName: 'alice' } });
  expect(registered.body).toEqual({ data: { register: { accepted: true } } });
});
afterAll(async () => {
  await router?.close();
  await Promise.all([identity?.stop(), catalog?.stop()]);
  await database?.dispose();
});

async function call(query: string, headers: Record<string, string>, variables?: Record<string, unknown>) {
  const response = await router.post(JSON.stringify({ query, variables }), headers);
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, Record<string, unknown>> | null; errors?: Array<{ message: string; extensions: Record<string, unknown> }> },
  };
}

async function signIn(scope: string): Promise<string> {
  const request = await pkceRequest(web, REDIRECT, scope);
  const callback = await authorize(new Browser(identity.url), request, alice);
  const tokens = await client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state });
  return tokens.access_token;
}

describe('identity in distributed mode', () => {
  it('signs in at the identity server and serves the user through the router', async () => {
    const token = await signIn('openid read:preferences');
    const me = await call('{ me { email displayName preferences { autoplayNext } } }', { authorization: `Bearer ${token}` });
    expect(me.body).toEqual({ data: { me: { email: alice.email, displayName: 'alice', preferences: { autoplayNext: true } } } });

    const anonymous = await call('{ me { email } }', {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with a key the identity server never published', async () => {
    const token = await signIn('openid');
    const [header, payload] = token.split('.');
    const { kid } = JSON.parse(Buffer.from(header!, 'base64url').toString()) as { kid: string };
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const { privateKey } = await generateKeyPair('RS256');
    const forge = (forgedKid: string) => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: forgedKid }).sign(privateKey);

    for (const forgedKid of [kid, 'a-kid-nobody-published']) {
      const { status, body } = await call('{ me { email } }', { authorization: `Bearer ${await forge(forgedKid)}` });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', authCode: 'TOKEN_INVALID' });
    }
  });

  it('acts for an API key through the identity server, until the key is revoked', async () => {
    const auth = { authorization: `Bearer ${await signIn('openid')}` };
    const created = await call('mutation { createApiKey(input: { name: "script", scopes: ["read:content"] }) { key apiKey { id } } }', auth);
    expect(created.body.errors).toBeUndefined();
    const { key, apiKey } = created.body.data!.createApiKey as unknown as { key: string; apiKey: { id: string } };

    for (const headers of [{ 'x-api-key': key }, { authorization: `Bearer ${key}` }] as Array<Record<string, string>>) {
      const withKey = await call('{ me { email } }', headers);
      expect(withKey.body).toEqual({ data: { me: { email: alice.email } } });
    }
    const unknown = await call('{ me { email } }', { 'x-api-key': `mg_live_${'Z'.repeat(32)}` });
    expect(unknown.status).toBe(401);

    const revoked = await call('mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', auth, { id: apiKey.id });
    expect(revoked.body.errors).toBeUndefined();
    const refused = await call('{ me { email } }', { 'x-api-key': key });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('denies API keys with a retryable error, never lets them in, while the identity server is down', async () => {
    const auth = { authorization: `Bearer ${await signIn('openid')}` };
    const created = await call('mutation { createApiKey(input: { name: "outage", scopes: ["read:content"] }) { key } }', auth);
    const { key } = created.body.data!.createApiKey as unknown as { key: string };

    await identity.stop();
    const { status, body } = await call('{ me { email } }', { 'x-api-key': key });
    expect(status).toBe(503);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]).toMatchObject({ message: 'The identity service is unavailable.', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'identity' } });
  });
});
