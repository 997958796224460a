import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { createLogger, createMetrics, createServiceApp } from '@media-gateway/runtime';
import { mountOidcProvider } from '../../src/oauth/mountOidcProvider.js';
import { Browser } from './support/Browser.js';
import { pkceRequest } from './support/authorize.js';
import { ALICE, memoryAccounts } from './support/memoryAccounts.js';
import { WEB_REDIRECT_URI, startAuthServer, type AuthServer } from './support/startAuthServer.js';

let database: TestDatabase;
let server: AuthServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startAuthServer(database, memoryAccounts([ALICE]));
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

describe('mountOidcProvider', () => {
  it('serves discovery under the prefix, advertising only what §6 allows', async () => {
    const response = await fetch(`${server.issuer}/.well-known/openid-configuration`);
    const metadata = (await response.json()) as Record<string, unknown>;

    expect(response.status).toBe(200);
    expect(metadata).toMatchObject({
      issuer: server.issuer,
      authorization_endpoint: `${server.issuer}/auth`,
      token_endpoint: `${server.issuer}/token`,
      jwks_uri: `${server.issuer}/jwks`,
      device_authorization_endpoint: `${server.issuer}/device/auth`,
      revocation_endpoint: `${server.issuer}/token/revocation`,
      introspection_endpoint: `${server.issuer}/token/introspection`,
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
    });
    expect([...(metadata.grant_types_supported as string[])].sort()).toEqual([
      'authorization_code',
      'client_credentials',
      'refresh_token',
      'urn:ietf:params:oauth:grant-type:device_code',
    ]);
  });

  it('hands form posts to the provider with the body unread', async () => {
    const response = await fetch(`${server.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'web', username: 'a', password: 'b' }),
    });

    // The provider saw the parsed grant_type: there is no password grant (no ROPC).
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('keeps the service shell: request ids on provider responses, /health beside them', async () => {
    const token = await fetch(`${server.issuer}/jwks`, { headers: { 'x-request-id': 'req-123' } });
    const health = await fetch(`${server.origin}/health`);

    expect(token.headers.get('x-request-id')).toBe('req-123');
    expect(health.status).toBe(200);
  });

  it('sends CSP default-src self and no inline script on every sign-in page', async () => {
    const browser = new Browser(server.origin);
    const login = await browser.navigate((await pkceRequest(await server.discover('web'), WEB_REDIRECT_URI, 'openid')).url);
    const activate = await browser.navigate('/activate');
    const error = await browser.navigate('/oidc/auth?client_id=nobody');

    for (const page of [login, activate, error]) {
      expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'self';/);
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      expect(page.html).not.toMatch(/<script|\son\w+=|style=/i);
      expect(page.html).toContain('<link rel="stylesheet" href="/oidc/assets/pages.css">');
    }
    const css = await fetch(`${server.origin}/oidc/assets/pages.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('refuses a login post from another origin', async () => {
    const browser = new Browser(server.origin);
    const login = await browser.navigate((await pkceRequest(await server.discover('web'), WEB_REDIRECT_URI, 'openid')).url);
    const action = new URL(/action="([^"]+)"/.exec(login.html)![1]!, server.origin);

    const response = await fetch(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example.test' },
      body: new URLSearchParams({ email: ALICE.email, password: ALICE.password }),
    });

    expect(response.status).toBe(403);
  });

  it('answers a login post without the interaction cookie with an expired page, not a login', async () => {
    const browser = new Browser(server.origin);
    const login = await browser.navigate((await pkceRequest(await server.discover('web'), WEB_REDIRECT_URI, 'openid')).url);
    const action = /action="([^"]+)"/.exec(login.html)![1]!;

    const stranger = await new Browser(server.origin).navigate(action, { email: ALICE.email, password: ALICE.password });

    expect(stranger.status).toBe(400);
    expect(stranger.html).toContain('This sign-in page is no longer valid.');
  });

  it('refuses a prefix other than the issuer path', () => {
    const app = createServiceApp({
      name: 'identity',
      logger: createLogger({ name: 'identity', level: 'silent' }),
      metrics: createMetrics({ collectDefaults: false }),
      readiness: {},
    });

    expect(() => mountOidcProvider(app, server.oidc, { prefix: '/auth' })).toThrow(
      new TypeError('mountOidcProvider: `prefix` must be the issuer\'s path "/oidc", got "/auth"'),
    );
  });

  it('refuses a bad `limits` option when mounting, naming the option', () => {
    const app = createServiceApp({
      name: 'identity',
      logger: createLogger({ name: 'identity', level: 'silent' }),
      metrics: createMetrics({ collectDefaults: false }),
      readiness: {},
    });

    expect(() => mountOidcProvider(app, server.oidc, { prefix: '/oidc', limits: { perMinute: { token: 0 } } })).toThrow(
      new TypeError('mountOidcProvider: `limits.perMinute.token` must be a positive integer, got 0'),
    );
  });
});
