import { describe, expect, it } from 'vitest';
import { MemoryTokenStore, OAuthSession, type DeviceCodePrompt, type StoredTokens } from '@media-gateway/sdk';
import { fakeFetch, json, networkDown, type FakeReply } from '../support/fakeFetch.js';
import { failure } from '../support/failure.js';

const ISSUER = 'http://router.test/oidc';
const DISCOVERY = {
  issuer: ISSUER,
  token_endpoint: `${ISSUER}/token`,
  device_authorization_endpoint: `${ISSUER}/device/auth`,
  revocation_endpoint: `${ISSUER}/token/revocation`,
};
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const NOW = 1_800_000_000_000;

const discovery = () => json(DISCOVERY);
const started = (extra: Record<string, unknown> = {}) =>
  json({ device_code: 'dc-1', user_code: 'BCDF-GHJK', verification_uri: 'http://router.test/activate', verification_uri_complete: 'http://router.test/activate?user_code=BCDF-GHJK', expires_in: 600, interval: 5, ...extra });
const oauthError = (error: string, status = 400) => json({ error, error_description: `${error} (description)` }, status);
const tokens = (access: string, refresh?: string, expiresIn = 900) =>
  json({ access_token: access, token_type: 'Bearer', expires_in: expiresIn, scope: 'openid read:content offline_access', ...(refresh ? { refresh_token: refresh } : {}) });

/** A session on a frozen clock whose sleeps move that clock instead of waiting, recording each wait. */
function session(replies: FakeReply[], stored?: StoredTokens) {
  const fetch = fakeFetch(replies);
  const store = new MemoryTokenStore(stored);
  const clock = { now: NOW, sleeps: [] as number[] };
  const oauth = new OAuthSession({
    issuer: ISSUER,
    clientId: 'cli',
    store,
    fetch,
    now: () => clock.now,
    sleep: async (ms) => {
      clock.sleeps.push(ms);
      clock.now += ms;
    },
  });
  return { oauth, fetch, store, clock };
}

describe('OAuthSession.deviceLogin (RFC 8628)', () => {
  it('prompts, polls through authorization_pending and slow_down (+5 s), then saves the tokens', async () => {
    const { oauth, fetch, store, clock } = session([discovery(), started(), oauthError('authorization_pending'), oauthError('slow_down'), oauthError('authorization_pending'), tokens('at-1', 'rt-1')]);
    const prompts: DeviceCodePrompt[] = [];
    const result = await oauth.deviceLogin({ scope: 'openid read:content offline_access', onPrompt: (prompt) => void prompts.push(prompt) });

    expect(prompts).toEqual([
      { userCode: 'BCDF-GHJK', verificationUri: 'http://router.test/activate', verificationUriComplete: 'http://router.test/activate?user_code=BCDF-GHJK', expiresInSeconds: 600 },
    ]);
    expect(clock.sleeps).toEqual([5000, 5000, 10_000, 10_000]);
    const expected = { accessToken: 'at-1', refreshToken: 'rt-1', expiresAt: NOW + 30_000 + 900_000, scope: 'openid read:content offline_access' };
    expect(result).toEqual(expected);
    expect(await store.load()).toEqual(expected);
    expect(fetch.requests.map((r) => r.url)).toEqual([
      `${ISSUER}/.well-known/openid-configuration`,
      `${ISSUER}/device/auth`,
      ...Array(4).fill(`${ISSUER}/token`),
    ]);
    expect(fetch.requests[1]!.form).toEqual({ client_id: 'cli', scope: 'openid read:content offline_access' });
    expect(fetch.requests[2]!.form).toEqual({ grant_type: DEVICE_GRANT, device_code: 'dc-1', client_id: 'cli' });
  });

  it('keeps polling when a poll gets no answer', async () => {
    const { oauth } = session([discovery(), started(), networkDown(), tokens('at-1')]);
    expect((await oauth.deviceLogin({ scope: 'openid', onPrompt: () => {} })).accessToken).toBe('at-1');
  });

  it('answers DEVICE_CODE_EXPIRED for expired_token', async () => {
    const { oauth, store } = session([discovery(), started(), oauthError('authorization_pending'), oauthError('expired_token')]);
    const error = await failure(oauth.deviceLogin({ scope: 'openid', onPrompt: () => {} }));
    expect([error.code, error.message, error.serverCode]).toEqual(['DEVICE_CODE_EXPIRED', 'expired_token (description)', 'expired_token']);
    expect(await store.load()).toBeUndefined();
  });

  it('answers DEVICE_CODE_EXPIRED itself once expires_in has passed, without another poll', async () => {
    const { oauth, fetch } = session([discovery(), started({ expires_in: 8 }), oauthError('authorization_pending')]);
    const error = await failure(oauth.deviceLogin({ scope: 'openid', onPrompt: () => {} }));
    expect([error.code, error.message]).toEqual(['DEVICE_CODE_EXPIRED', 'The device code expired before it was approved; sign in again.']);
    expect(fetch.requests).toHaveLength(3);
  });

  it('answers ACCESS_DENIED when the user declines', async () => {
    const { oauth } = session([discovery(), started(), oauthError('access_denied')]);
    const error = await failure(oauth.deviceLogin({ scope: 'openid', onPrompt: () => {} }));
    expect([error.code, error.message]).toEqual(['ACCESS_DENIED', 'access_denied (description)']);
  });

  it('answers OAUTH_ERROR for a refused request, e.g. a scope the client may not have', async () => {
    const { oauth } = session([discovery(), oauthError('invalid_scope')]);
    const error = await failure(oauth.deviceLogin({ scope: 'admin:everything', onPrompt: () => {} }));
    expect([error.code, error.serverCode, error.errors[0]?.extensions]).toEqual(['OAUTH_ERROR', 'invalid_scope', { error: 'invalid_scope' }]);
  });

  it('refuses metadata that names another issuer', async () => {
    const { oauth } = session([json({ ...DISCOVERY, issuer: 'http://evil.test/oidc' })]);
    const error = await failure(oauth.deviceLogin({ scope: 'openid', onPrompt: () => {} }));
    expect([error.code, error.message]).toEqual([
      'OAUTH_ERROR',
      `The OAuth metadata at ${ISSUER}/.well-known/openid-configuration names issuer "http://evil.test/oidc", not "${ISSUER}".`,
    ]);
  });

  it('stops polling with ABORTED when the signal fires', async () => {
    const controller = new AbortController();
    const fetch = fakeFetch([discovery(), started()]);
    const oauth = new OAuthSession({ issuer: ISSUER, clientId: 'cli', store: new MemoryTokenStore(), fetch });
    const login = oauth.deviceLogin({ scope: 'openid', onPrompt: () => controller.abort(), signal: controller.signal });
    expect((await failure(login)).code).toBe('ABORTED');
  });
});

describe('OAuthSession tokens and refresh', () => {
  const fresh: StoredTokens = { accessToken: 'at-0', refreshToken: 'rt-0', expiresAt: NOW + 600_000 };

  it('returns the stored token while it is fresh, without any request', async () => {
    const { oauth, fetch } = session([], fresh);
    expect(await oauth.accessToken()).toBe('at-0');
    expect(fetch.requests).toHaveLength(0);
  });

  it('refreshes 30 s ahead of expiry and saves the rotated refresh token', async () => {
    const { oauth, fetch, store } = session([discovery(), tokens('at-1', 'rt-1')], { ...fresh, expiresAt: NOW + 20_000 });
    expect(await oauth.accessToken()).toBe('at-1');
    expect(fetch.requests[1]!.form).toEqual({ grant_type: 'refresh_token', refresh_token: 'rt-0', client_id: 'cli' });
    expect(await store.load()).toEqual({ accessToken: 'at-1', refreshToken: 'rt-1', expiresAt: NOW + 900_000, scope: 'openid read:content offline_access' });
  });

  it('keeps the refresh token when the server does not rotate it', async () => {
    const { oauth, store } = session([discovery(), tokens('at-1')], fresh);
    expect(await oauth.refresh()).toBe('at-1');
    expect((await store.load())?.refreshToken).toBe('rt-0');
  });

  it('lets concurrent callers share one refresh request', async () => {
    const { oauth, fetch } = session([discovery(), tokens('at-1', 'rt-1')], { ...fresh, expiresAt: NOW - 1 });
    const results = await Promise.all([oauth.accessToken(), oauth.accessToken(), oauth.refresh(), oauth.accessToken()]);
    expect(results).toEqual(['at-1', 'at-1', 'at-1', 'at-1']);
    expect(fetch.requests.filter((r) => r.form?.grant_type === 'refresh_token')).toHaveLength(1);
  });

  it('uses the next refresh token for the next refresh (rotation)', async () => {
    const { oauth, fetch } = session([discovery(), tokens('at-1', 'rt-1'), tokens('at-2', 'rt-2')], fresh);
    await oauth.refresh();
    await oauth.refresh();
    expect(fetch.requests.slice(1).map((r) => r.form?.refresh_token)).toEqual(['rt-0', 'rt-1']);
    expect(fetch.requests.filter((r) => r.url.endsWith('openid-configuration'))).toHaveLength(1);
  });

  it('clears the store and answers INVALID_GRANT when the refresh token is refused', async () => {
    const { oauth, store } = session([discovery(), oauthError('invalid_grant')], fresh);
    const error = await failure(oauth.refresh());
    expect([error.code, error.message]).toEqual(['INVALID_GRANT', 'invalid_grant (description)']);
    expect(await store.load()).toBeUndefined();
    expect(await oauth.accessToken()).toBeUndefined();
  });

  it('falls back on the unexpired token when a refresh ahead of expiry gets no answer', async () => {
    const { oauth } = session([discovery(), networkDown()], { ...fresh, expiresAt: NOW + 10_000 });
    expect(await oauth.accessToken()).toBe('at-0');
  });

  it('answers undefined when signed out, or expired without a refresh token', async () => {
    expect(await session([]).oauth.accessToken()).toBeUndefined();
    expect(await session([], { accessToken: 'at-0', expiresAt: NOW - 1 }).oauth.accessToken()).toBeUndefined();
    expect(await session([], { accessToken: 'at-0', expiresAt: NOW - 1 }).oauth.refresh()).toBeUndefined();
  });
});

describe('OAuthSession.logout', () => {
  it('revokes the refresh and access tokens, then clears the store', async () => {
    const { oauth, fetch, store } = session([discovery(), new Response(null, { status: 200 }), new Response(null, { status: 200 })], {
      accessToken: 'at-0',
      refreshToken: 'rt-0',
      expiresAt: NOW + 600_000,
    });
    await oauth.logout();
    expect(fetch.requests.slice(1).map((r) => [r.url, r.form])).toEqual([
      [`${ISSUER}/token/revocation`, { token: 'rt-0', token_type_hint: 'refresh_token', client_id: 'cli' }],
      [`${ISSUER}/token/revocation`, { token: 'at-0', token_type_hint: 'access_token', client_id: 'cli' }],
    ]);
    expect(await store.load()).toBeUndefined();
  });

  it('clears the store even when the issuer cannot be reached', async () => {
    const { oauth, store } = session([networkDown()], { accessToken: 'at-0', expiresAt: NOW + 600_000 });
    await oauth.logout();
    expect(await store.load()).toBeUndefined();
  });
});
