import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';
import { Browser } from '../../../subgraphs/identity/tests/oauth/support/Browser.js';
import { authorize, pkceRequest } from '../../../subgraphs/identity/tests/oauth/support/authorize.js';

// Identity through the router as clients use it: register over GraphQL, sign in with PKCE at the embedded OAuth
// server, then call the API with the access token and with an API key. Users only ever reach their own records.
const REDIRECT = 'https://app.example.test/callback';
let product: TestProduct;
let web: client.Configuration;
const alice = { email: 'alice@example.test', password: 'Correct-Horse-1' };
const bob = { email: 'bob@example.test', password: 'Battery-Staple-2' };

async function register(user: { email: string; password: string }) {
  const { body } = await product.graphql(
    'mutation ($input: RegisterInput!) { register(input: $input) { accepted } }',
    { input: { ...user, displayName: user.email.split('@')[0] } },
  );
  expect(body).toEqual({ data: { register: { accepted: true } } });
}

async function signIn(user: { email: string; password: string }, scope: string): Promise<string> {
  const request = await pkceRequest(web, REDIRECT, scope);
  const callback = await authorize(new Browser(product.url), request, user);
  const tokens = await client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state });
  return tokens.access_token;
}

async function call(query: string, headers: Record<string, string>, variables?: Record<string, unknown>) {
  const response = await product.post(JSON.stringify({ query, variables }), headers);
  return { status: response.status, body: (await response.json()) as { data?: Record<string, Record<string, unknown>> | null; errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
}

beforeAll(async () => {
  product = await startTestProduct({ OAUTH_WEB_REDIRECT_URIS: REDIRECT });
  web = await client.discovery(new URL(`${product.url}/oidc`), 'web', undefined, client.None(), { execute: [client.allowInsecureRequests] });
  await register(alice);
  await register(bob);
});
afterAll(async () => product?.close());

describe('identity through the router', () => {
  it('refuses anonymous callers on @authenticated fields', async () => {
    const { status, body } = await call('{ me { email } }', {});
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('serves the signed-in user, and refuses a field whose scope the token lacks', async () => {
    const token = await signIn(alice, 'openid read:preferences');
    const auth = { authorization: `Bearer ${token}` };
    const me = await call('{ me { email displayName role preferences { autoplayNext } } }', auth);
    expect(me.body.data).toEqual({ me: { email: alice.email, displayName: 'alice', role: 'FREE', preferences: { autoplayNext: true } } });
    const denied = await call('mutation { updatePreferences(input: { autoplayNext: false }) { autoplayNext } }', auth);
    expect(denied.status).toBe(403);
    expect(denied.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', fields: ['Mutation.updatePreferences'] });
  });

  it('refuses a tampered token', async () => {
    const token = await signIn(alice, 'openid');
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, scope: 'admin:users' })).toString('base64url');
    const { status, body } = await call('{ me { email } }', { authorization: `Bearer ${header}.${forged}.${signature}` });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', authCode: 'TOKEN_INVALID' });
  });

  it("keeps each user's profiles, parental controls and API keys their own", async () => {
    const aliceAuth = { authorization: `Bearer ${await signIn(alice, 'openid')}` };
    const bobAuth = { authorization: `Bearer ${await signIn(bob, 'openid')}` };
    const created = await call('mutation { createProfile(input: { name: "Kids", isKids: true }) { id contentRestrictions { maxContentRating } } }', aliceAuth);
    const profileId = created.body.data!.createProfile!.id as string;
    expect(created.body.data!.createProfile).toMatchObject({ contentRestrictions: { maxContentRating: 'PG' } });

    const peek = await call('query ($id: ID!) { profile(id: $id) { name } }', bobAuth, { id: profileId });
    expect(peek.body.errors?.[0]?.extensions.code ?? null).not.toBe('INTERNAL_SERVER_ERROR');
    expect(peek.body.data?.profile ?? null).toBeNull();
    const tamper = await call('mutation ($id: ID!) { updateProfile(id: $id, input: { name: "Mine" }) { name } }', bobAuth, { id: profileId });
    expect(tamper.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const controls = await call(
      'mutation ($id: ID!) { setParentalControls(profileId: $id, input: { enabled: true, contentRatingLimit: G, blockedGenres: ["horror"], newPin: "2468" }) { contentRatingLimit hasPin } }',
      aliceAuth,
      { id: profileId },
    );
    expect(controls.body.data).toEqual({ setParentalControls: { contentRatingLimit: 'G', hasPin: true } });
    const loosen = await call('mutation ($id: ID!) { setParentalControls(profileId: $id, input: { enabled: false }) { enabled } }', bobAuth, { id: profileId });
    expect(loosen.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const guess = await call('mutation ($id: ID!) { verifyParentalPin(profileId: $id, pin: "2468") { verified } }', bobAuth, { id: profileId });
    expect(guess.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const own = await call('query ($id: ID!) { profile(id: $id) { parentalControls { enabled contentRatingLimit blockedGenres } } }', aliceAuth, { id: profileId });
    expect(own.body.data).toEqual({ profile: { parentalControls: { enabled: true, contentRatingLimit: 'G', blockedGenres: ['horror'] } } });

    const key = await call('mutation { createApiKey(input: { name: "script", scopes: ["read:content"] }) { key apiKey { id } } }', aliceAuth);
    const { key: secret, apiKey } = key.body.data!.createApiKey as unknown as { key: string; apiKey: { id: string } };
    const revokeByBob = await call('mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', bobAuth, { id: apiKey.id });
    expect(revokeByBob.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const withKey = await call('{ me { email } }', { 'x-api-key': secret });
    expect(withKey.body.data).toEqual({ me: { email: alice.email } });
    await call('mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', aliceAuth, { id: apiKey.id });
    const revoked = await call('{ me { email } }', { 'x-api-key': secret });
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('revocation through the router', () => {
  it('refuses access tokens issued before a password change, and keeps accepting new ones', async () => {
    const carol = { email: 'carol@example.test', password: 'Old-Password-3' };
    await register(carol);
    const before = { authorization: `Bearer ${await signIn(carol, 'openid')}` };
    expect((await call('{ me { email } }', before)).body.data).toEqual({ me: { email: carol.email } });

    const changed = await call('mutation { changePassword(currentPassword: "Old-Password-3", newPassword: "New-Password-4") { revokedSessions } }', before);
    expect(changed.body.errors).toBeUndefined();
    const stale = await call('{ me { email } }', before);
    expect(stale.status).toBe(401);
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', authCode: 'TOKEN_REVOKED' });

    // Tokens carry whole-second `iat`: a sign-in in the same second as the change counts as before it.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const after = { authorization: `Bearer ${await signIn({ ...carol, password: 'New-Password-4' }, 'openid')}` };
    expect((await call('{ me { email } }', after)).body.data).toEqual({ me: { email: carol.email } });
  });
});
