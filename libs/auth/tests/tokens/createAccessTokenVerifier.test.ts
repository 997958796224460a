import { SignJWT, decodeJwt, type JSONWebKeySet } from 'jose';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccessTokenVerifier, type AccessTokenVerifier } from '@media-gateway/auth';
import { AUDIENCE, ISSUER, createSigningKey, signAccessToken, unsignedToken, withPayload, type TestSigningKey } from './support/testIssuer.js';

const NOW = new Date('2025-03-01T12:00:00Z');
const nowSeconds = () => Math.floor(Date.now() / 1000);

let k1: TestSigningKey;
let k2: TestSigningKey;
let impostor: TestSigningKey;

beforeAll(async () => {
  [k1, k2, impostor] = await Promise.all([createSigningKey('k1'), createSigningKey('k2'), createSigningKey('k1')]);
});

/** A local key source whose set the test can rotate, counting loads. */
function localKeys(initial: () => JSONWebKeySet) {
  const state = { loads: 0, jwks: initial, fail: null as Error | null };
  const getJwks = async () => {
    state.loads += 1;
    if (state.fail) throw state.fail;
    return state.jwks();
  };
  return { state, getJwks };
}

describe('createAccessTokenVerifier (local keys)', () => {
  let keys: ReturnType<typeof localKeys>;
  let verifier: AccessTokenVerifier;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    keys = localKeys(() => ({ keys: [k1.jwk] }));
    verifier = createAccessTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys: { kind: 'local', getJwks: keys.getJwks } });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('accepts a valid token and returns its subject, scopes, client, role, id and expiry', async () => {
    const token = await signAccessToken(k1, { scope: 'read:content  write:watchlist read:content', device_id: 'tv-1' });
    const verified = await verifier.verify(token);
    expect(verified).toEqual({
      sub: 'user-1',
      scopes: ['read:content', 'write:watchlist'],
      clientId: 'web-app',
      role: 'premium',
      tokenId: 'token-1',
      expiresAt: new Date(NOW.getTime() + 3600_000),
      claims: decodeJwt(token),
    });
    expect(verified.claims.device_id).toBe('tv-1');
    expect(keys.state.loads).toBe(1);
  });

  it('loads the key set lazily, once, and shares one load between concurrent verifications', async () => {
    expect(keys.state.loads).toBe(0);
    const token = await signAccessToken(k1);
    await Promise.all([verifier.verify(token), verifier.verify(token), verifier.verify(token)]);
    await verifier.verify(token);
    expect(keys.state.loads).toBe(1);
  });

  it('reads the role from user_role, else the strongest known entry of roles, and omits an unknown one', async () => {
    const fromAlias = await verifier.verify(await signAccessToken(k1, { user_role: 'FreeUser' }));
    const fromList = await verifier.verify(await signAccessToken(k1, { user_role: undefined, roles: ['free', 'Admin', 'moderator'] }));
    const unknown = await verifier.verify(await signAccessToken(k1, { user_role: 'moderator' }));
    expect([fromAlias.role, fromList.role, 'role' in unknown]).toEqual(['free', 'admin', false]);
  });

  it('takes azp when client_id is absent, and has no scopes when scope is absent', async () => {
    const verified = await verifier.verify(await signAccessToken(k1, { client_id: undefined, azp: 'tv-app', scope: undefined }));
    expect([verified.clientId, verified.scopes]).toEqual(['tv-app', []]);
  });

  it('accepts a token expired within the 60 s clock tolerance and refuses one beyond it', async () => {
    const within = await signAccessToken(k1, { iat: nowSeconds() - 3630, exp: nowSeconds() - 30 });
    const beyond = await signAccessToken(k1, { iat: nowSeconds() - 3661, exp: nowSeconds() - 61 });
    await expect(verifier.verify(within)).resolves.toMatchObject({ sub: 'user-1' });
    await expect(verifier.verify(beyond)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED', message: expect.stringContaining('expired') });
  });

  it('honours a custom clock tolerance', async () => {
    const strict = createAccessTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys: { kind: 'local', getJwks: keys.getJwks }, clockToleranceSeconds: 0 });
    const justExpired = await signAccessToken(k1, { exp: nowSeconds() });
    await expect(strict.verify(justExpired)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
  });

  it('refuses a token whose nbf is beyond the tolerance with TOKEN_NOT_YET_VALID', async () => {
    await expect(verifier.verify(await signAccessToken(k1, { nbf: nowSeconds() + 30 }))).resolves.toMatchObject({ sub: 'user-1' });
    await expect(verifier.verify(await signAccessToken(k1, { nbf: nowSeconds() + 120 }))).rejects.toMatchObject({
      code: 'TOKEN_NOT_YET_VALID',
      message: expect.stringContaining('not valid yet'),
    });
  });

  it('refuses a tampered payload without reloading the key set', async () => {
    const token = await signAccessToken(k1);
    const escalated = withPayload(token, { ...decodeJwt(token), user_role: 'admin', scope: 'admin:system' });
    await expect(verifier.verify(escalated)).rejects.toMatchObject({ code: 'TOKEN_INVALID', message: expect.stringContaining('signature verification failed') });
    expect(keys.state.loads).toBe(1);
  });

  it('refuses a token signed by another key under a known kid without reloading the key set', async () => {
    await expect(verifier.verify(await signAccessToken(impostor))).rejects.toMatchObject({ code: 'TOKEN_INVALID', message: expect.stringContaining('signature') });
    await expect(verifier.verify(await signAccessToken(impostor))).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    expect(keys.state.loads).toBe(1);
  });

  it.each([
    ['issuer', { iss: 'https://evil.test' }, '"iss"'],
    ['audience', { aud: 'another-api' }, '"aud"'],
    ['subject', { sub: undefined }, '"sub"'],
    ['token id', { jti: undefined }, '"jti"'],
    ['client', { client_id: undefined }, 'client_id'],
    ['scope type', { scope: ['read:content'] }, '"scope"'],
  ])('refuses a wrong or missing %s with TOKEN_INVALID', async (_name, claims, mentioned) => {
    await expect(verifier.verify(await signAccessToken(k1, claims))).rejects.toMatchObject({ code: 'TOKEN_INVALID', message: expect.stringContaining(mentioned) });
  });

  it('refuses HS256 (even keyed with the public JWK) and alg none before loading any key', async () => {
    const hs256 = await new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: 'user-1', jti: 'x', client_id: 'web-app' })
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(JSON.stringify(k1.jwk)));
    const none = unsignedToken({ alg: 'none', kid: 'k1' }, decodeJwt(await signAccessToken(k1)));
    await expect(verifier.verify(hs256)).rejects.toMatchObject({ code: 'TOKEN_INVALID', message: expect.stringContaining('"HS256" is not accepted') });
    await expect(verifier.verify(none)).rejects.toMatchObject({ code: 'TOKEN_INVALID', message: expect.stringContaining('"none" is not accepted') });
    expect(keys.state.loads).toBe(0);
  });

  it('refuses a token without kid', async () => {
    await expect(verifier.verify(await signAccessToken({ privateKey: k1.privateKey }))).rejects.toMatchObject({
      code: 'TOKEN_INVALID',
      message: expect.stringContaining('"kid"'),
    });
  });

  it.each([
    ['nothing', undefined, 'TOKEN_MISSING', 'No access token'],
    ['an empty string', '', 'TOKEN_MISSING', 'No access token'],
    ['one segment', 'not-a-jwt', 'TOKEN_MALFORMED', 'three dot-separated parts'],
    ['a JWE (five segments)', 'a.b.c.d.e', 'TOKEN_MALFORMED', 'three dot-separated parts'],
    ['a header that is not JSON', 'bm90IGpzb24.e30.c2ln', 'TOKEN_MALFORMED', 'header'],
  ])('answers %s with %s', async (_name, token, code, message) => {
    await expect(verifier.verify(token)).rejects.toMatchObject({ code, message: expect.stringContaining(message) });
  });

  it('reloads once for an unknown kid after the cooldown, then does not reload again for another within it', async () => {
    await verifier.verify(await signAccessToken(k1));
    expect(keys.state.loads).toBe(1);

    // The identity service rotates k2 in; 31 s later (past the 30 s cooldown) the first k2 token arrives.
    keys.state.jwks = () => ({ keys: [k1.jwk, k2.jwk] });
    vi.setSystemTime(NOW.getTime() + 31_000);
    await expect(verifier.verify(await signAccessToken(k2))).resolves.toMatchObject({ sub: 'user-1' });
    expect(keys.state.loads).toBe(2);

    // A made-up kid right after: inside the cooldown, so no load; the known keys keep working.
    await expect(verifier.verify(await signAccessToken({ ...k2, kid: 'k3' }))).rejects.toMatchObject({
      code: 'TOKEN_INVALID',
      message: expect.stringContaining('No key with kid "k3"'),
    });
    await verifier.verify(await signAccessToken(k2));
    expect(keys.state.loads).toBe(2);
  });

  it('does not reload for an unknown kid inside the cooldown after the first load', async () => {
    await verifier.verify(await signAccessToken(k1));
    keys.state.jwks = () => ({ keys: [k1.jwk, k2.jwk] });
    vi.setSystemTime(NOW.getTime() + 10_000);
    await expect(verifier.verify(await signAccessToken(k2))).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    expect(keys.state.loads).toBe(1);
  });

  it('reloads a key set older than cacheMaxAgeSeconds', async () => {
    const short = createAccessTokenVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      keys: { kind: 'local', getJwks: keys.getJwks, cacheMaxAgeSeconds: 60 },
    });
    await short.verify(await signAccessToken(k1));
    vi.setSystemTime(NOW.getTime() + 61_000);
    await short.verify(await signAccessToken(k1));
    expect(keys.state.loads).toBe(2);
  });

  it('answers KEYS_UNAVAILABLE (not a token error) when the key set cannot be loaded, and recovers', async () => {
    keys.state.fail = new Error('identity service unreachable');
    const token = await signAccessToken(k1);
    await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'KEYS_UNAVAILABLE', message: expect.stringContaining('identity service unreachable') });
    keys.state.fail = null;
    await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'user-1' });
  });

  it('answers KEYS_UNAVAILABLE for a malformed key set', async () => {
    keys.state.jwks = () => ({ keys: 'nope' }) as unknown as JSONWebKeySet;
    await expect(verifier.verify(await signAccessToken(k1))).rejects.toMatchObject({ code: 'KEYS_UNAVAILABLE', message: expect.stringContaining('malformed') });
  });

  it.each([
    ['options.issuer', { issuer: '' }],
    ['options.audience', { audience: [] }],
    ['options.clockToleranceSeconds', { clockToleranceSeconds: -1 }],
    ['options.keys.kind', { keys: { kind: 'file' } }],
    ['options.keys.getJwks', { keys: { kind: 'local' } }],
    ['options.keys.jwksUrl', { keys: { kind: 'remote', jwksUrl: 'ftp://identity/jwks' } }],
    ['options.keys.cooldownSeconds', { keys: { kind: 'remote', jwksUrl: 'http://identity/jwks', cooldownSeconds: Number.NaN } }],
    ['options.keys.timeoutMs', { keys: { kind: 'remote', jwksUrl: 'http://identity/jwks', timeoutMs: 0 } }],
  ])('throws a TypeError naming %s at creation', (option, override) => {
    const options = { issuer: ISSUER, audience: AUDIENCE, keys: { kind: 'local', getJwks: keys.getJwks }, ...override };
    expect(() => createAccessTokenVerifier(options as never)).toThrow(new RegExp(`^${option.replace(/\./g, '\\.')} `));
    expect(() => createAccessTokenVerifier(options as never)).toThrow(TypeError);
  });
});
