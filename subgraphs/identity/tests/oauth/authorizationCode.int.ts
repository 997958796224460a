import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { Browser, readForm } from './support/Browser.js';
import { authorize, pkceRequest, signIn } from './support/authorize.js';
import { ADA, ALICE, memoryAccounts } from './support/memoryAccounts.js';
import { MCP_REDIRECT_URI, RESOURCE, WEB_REDIRECT_URI, startAuthServer, type AuthServer } from './support/startAuthServer.js';

const accounts = memoryAccounts([ALICE, ADA]);
let database: TestDatabase;
let server: AuthServer;
let web: client.Configuration;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startAuthServer(database, accounts);
  web = await server.discover('web');
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

const WEB_SCOPE = 'openid offline_access email profile read:content read:watchlist write:watchlist';

describe('authorization code + PKCE (web client)', () => {
  it('issues tokens whose access token is an RS256 JWT for the API, verifiable with the JWKS', async () => {
    const request = await pkceRequest(web, WEB_REDIRECT_URI, WEB_SCOPE);
    const callback = await authorize(new Browser(server.origin), request, ALICE);

    const tokens = await client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state });

    expect(tokens.token_type.toLowerCase()).toBe('bearer');
    expect(tokens.expires_in).toBe(3600);
    expect(tokens.refresh_token).toHaveLength(64);
    expect(tokens.claims()).toMatchObject({ sub: accounts.byEmail(ALICE.email).id, email: ALICE.email, name: 'Alice', iss: server.issuer });

    const header = decodeProtectedHeader(tokens.access_token);
    expect(header).toMatchObject({ alg: 'RS256', typ: 'at+jwt', kid: server.oidc.publicJwks().keys[0]?.kid });
    const jwks = createRemoteJWKSet(new URL(web.serverMetadata().jwks_uri!));
    const { payload } = await jwtVerify(tokens.access_token, jwks, { issuer: server.issuer, audience: RESOURCE, algorithms: ['RS256'] });
    expect(payload).toMatchObject({ sub: accounts.byEmail(ALICE.email).id, client_id: 'web', user_role: 'free' });
    expect(String(payload.scope).split(' ').sort()).toEqual(['read:content', 'read:watchlist', 'write:watchlist']);
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(payload.jti).toEqual(expect.any(String));
  });

  it('keeps the session: a second authorization needs no login', async () => {
    const browser = new Browser(server.origin);
    await authorize(browser, await pkceRequest(web, WEB_REDIRECT_URI, 'openid'), ALICE);

    const again = await browser.navigate((await pkceRequest(web, WEB_REDIRECT_URI, 'openid read:content')).url);

    expect(again.redirectedTo?.searchParams.get('code')).toEqual(expect.any(String));
  });

  it('gives admin scopes only to admins, whatever the client asks for', async () => {
    const scope = 'openid read:content admin:users';
    const asAlice = await pkceRequest(web, WEB_REDIRECT_URI, scope);
    const asAda = await pkceRequest(web, WEB_REDIRECT_URI, scope);
    const alice = await client.authorizationCodeGrant(web, await authorize(new Browser(server.origin), asAlice, ALICE), {
      pkceCodeVerifier: asAlice.verifier,
      expectedState: asAlice.state,
    });
    const ada = await client.authorizationCodeGrant(web, await authorize(new Browser(server.origin), asAda, ADA), {
      pkceCodeVerifier: asAda.verifier,
      expectedState: asAda.state,
    });

    // The token response's `scope` is the access token's: API scopes only (openid went into the ID token).
    expect(alice.scope).toBe('read:content');
    expect(ada.scope?.split(' ').sort()).toEqual(['admin:users', 'read:content']);
  });

  it('answers a failed login with the same generic text for a wrong password and an unknown email', async () => {
    const attempt = async (email: string) => {
      const browser = new Browser(server.origin);
      const login = await browser.navigate((await pkceRequest(web, WEB_REDIRECT_URI, 'openid')).url);
      const form = readForm(login.html);
      return browser.navigate(form.action, { ...form.fields, email, password: 'Wrong-Password-9' });
    };
    const wrongPassword = await attempt(ALICE.email);
    const unknownEmail = await attempt('nobody@example.test');

    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.html).toContain('The email or password is incorrect.');
    const normalise = (html: string, email: string) => html.replace(email, 'EMAIL').replace(/interaction\/[\w-]+/g, 'interaction/UID');
    expect(normalise(wrongPassword.html, ALICE.email)).toBe(normalise(unknownEmail.html, 'nobody@example.test'));
  });
});

describe('authorization code error paths', () => {
  async function codeFor(scope = 'openid offline_access') {
    const request = await pkceRequest(web, WEB_REDIRECT_URI, scope);
    return { request, callback: await authorize(new Browser(server.origin), request, ALICE) };
  }

  it('refuses a reused code with invalid_grant and revokes what the first exchange issued', async () => {
    const { request, callback } = await codeFor();
    const checks = { pkceCodeVerifier: request.verifier, expectedState: request.state };
    const first = await client.authorizationCodeGrant(web, callback, checks);

    await expect(client.authorizationCodeGrant(web, callback, checks)).rejects.toMatchObject({ error: 'invalid_grant' });
    await expect(client.refreshTokenGrant(web, first.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a wrong code_verifier with invalid_grant', async () => {
    const { request, callback } = await codeFor();

    await expect(
      client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: client.randomPKCECodeVerifier(), expectedState: request.state }),
    ).rejects.toMatchObject({ error: 'invalid_grant', error_description: 'grant request is invalid' });
  });

  it('refuses an expired code with invalid_grant', async () => {
    const shortLived = await startAuthServer(database, accounts, { ttl: { AuthorizationCode: 1 } });
    try {
      const config = await shortLived.discover('web');
      const request = await pkceRequest(config, WEB_REDIRECT_URI, 'openid');
      const callback = await authorize(new Browser(shortLived.origin), request, ALICE);
      await sleep(2_100);

      await expect(
        client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state }),
      ).rejects.toMatchObject({ error: 'invalid_grant' });
    } finally {
      await shortLived.close();
    }
  });

  function authUrl(params: Record<string, string | undefined>): URL {
    const url = new URL(web.serverMetadata().authorization_endpoint!);
    const all: Record<string, string | undefined> = {
      client_id: 'web',
      response_type: 'code',
      redirect_uri: WEB_REDIRECT_URI,
      scope: 'openid',
      state: 'state-1',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      ...params,
    };
    for (const [key, value] of Object.entries(all)) if (value !== undefined) url.searchParams.set(key, value);
    return url;
  }

  async function errorAtRedirect(url: URL) {
    const result = await new Browser(server.origin).navigate(url);
    const to = result.redirectedTo;
    expect(to && to.origin + to.pathname).toBe(WEB_REDIRECT_URI);
    // Errors of requests asking for a token in the front channel come back in the fragment.
    return Object.fromEntries(to!.hash ? new URLSearchParams(to!.hash.slice(1)) : to!.searchParams);
  }

  it.each([
    ['no code_challenge', { code_challenge: undefined, code_challenge_method: undefined }, 'Authorization Server policy requires PKCE to be used for this request'],
    ['the plain method', { code_challenge_method: 'plain' }, 'not supported value of code_challenge_method'],
  ])('rejects %s with invalid_request', async (_name, params, description) => {
    expect(await errorAtRedirect(authUrl(params))).toMatchObject({ error: 'invalid_request', error_description: description, state: 'state-1' });
  });

  it('rejects a request without state with invalid_request (§6)', async () => {
    expect(await errorAtRedirect(authUrl({ state: undefined }))).toEqual({
      error: 'invalid_request',
      error_description: "missing required parameter 'state'",
      iss: server.issuer,
    });
  });

  it('rejects the implicit flow', async () => {
    expect(await errorAtRedirect(authUrl({ response_type: 'token' }))).toMatchObject({ error: 'unsupported_response_type' });
  });

  it('rejects a redirect URI that is not registered exactly, without redirecting to it', async () => {
    for (const redirectUri of [`${WEB_REDIRECT_URI}/`, `${WEB_REDIRECT_URI}?x=1`, 'https://evil.example.test/callback']) {
      const result = await new Browser(server.origin).navigate(authUrl({ redirect_uri: redirectUri }));
      expect(result.status).toBe(400);
      expect(result.redirectedTo).toBeUndefined();
      expect(result.html).toContain('redirect_uri did not match any of the client&#39;s registered redirect_uris');
    }
  });
});

describe('a client that is not first party (mcp)', () => {
  it('shows a consent page listing the scopes, and issues a code when the user allows', async () => {
    const mcp = await server.discover('mcp');
    const request = await pkceRequest(mcp, MCP_REDIRECT_URI, 'openid read:content read:watchlist');
    const browser = new Browser(server.origin);

    const consent = await signIn(browser, request.url, ALICE);
    expect(consent.status).toBe(200);
    expect(consent.html).toContain('Media Gateway MCP asks for access');
    expect(consent.html).toContain('<code>read:watchlist</code>');
    const allowed = await browser.navigate(readForm(consent.html, 0).action, {});

    const tokens = await client.authorizationCodeGrant(mcp, allowed.redirectedTo!, { pkceCodeVerifier: request.verifier, expectedState: request.state });
    expect(tokens.scope?.split(' ').sort()).toEqual(['read:content', 'read:watchlist']);
  });

  it('redirects with access_denied when the user denies', async () => {
    const mcp = await server.discover('mcp');
    const request = await pkceRequest(mcp, MCP_REDIRECT_URI, 'openid read:content');
    const browser = new Browser(server.origin);

    const consent = await signIn(browser, request.url, ALICE);
    const denied = await browser.navigate(readForm(consent.html, 1).action, {});

    expect(denied.redirectedTo?.searchParams.get('error')).toBe('access_denied');
  });

  it('refuses an API scope the client may not ask for with invalid_scope', async () => {
    const mcp = await server.discover('mcp');
    const request = await pkceRequest(mcp, MCP_REDIRECT_URI, 'openid admin:users');

    const result = await new Browser(server.origin).navigate(request.url);

    expect(Object.fromEntries(result.redirectedTo!.searchParams)).toMatchObject({ error: 'invalid_scope', scope: 'admin:users' });
  });
});
