import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, type JSONWebKeySet } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccessTokenVerifier, type AccessTokenVerifier } from '@media-gateway/auth';
import { AUDIENCE, ISSUER, createSigningKey, signAccessToken, type TestSigningKey } from './support/testIssuer.js';

const NOW = new Date('2025-03-01T12:00:00Z');

/** A JWKS endpoint on 127.0.0.1 that counts its hits and whose answer the test controls. */
const endpoint = { hits: 0, status: 200, jwks: { keys: [] } as JSONWebKeySet };
let server: Server;
let jwksUrl: string;
let k1: TestSigningKey;
let k2: TestSigningKey;
let impostor: TestSigningKey;

beforeAll(async () => {
  [k1, k2, impostor] = await Promise.all([createSigningKey('k1'), createSigningKey('k2'), createSigningKey('k1')]);
  server = createServer((_request, response) => {
    endpoint.hits += 1;
    response.writeHead(endpoint.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(endpoint.status === 200 ? endpoint.jwks : { error: 'down' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth/jwks`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

describe('createAccessTokenVerifier (remote JWKS)', () => {
  let verifier: AccessTokenVerifier;

  beforeEach(() => {
    // Only Date is frozen: jose's cooldown reads Date.now(), while sockets and fetch keep real timers.
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    Object.assign(endpoint, { hits: 0, status: 200, jwks: { keys: [k1.jwk] } });
    verifier = createAccessTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys: { kind: 'remote', jwksUrl } });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('fetches the key set once and verifies from the cache afterwards', async () => {
    await expect(verifier.verify(await signAccessToken(k1))).resolves.toMatchObject({ sub: 'user-1', role: 'premium' });
    await verifier.verify(await signAccessToken(k1, { jti: 'token-2' }));
    expect(endpoint.hits).toBe(1);
  });

  it('refuses a bad signature under a known kid with no request beyond the key set', async () => {
    await verifier.verify(await signAccessToken(k1));
    for (let i = 0; i < 5; i += 1) {
      await expect(verifier.verify(await signAccessToken(impostor))).rejects.toMatchObject({ code: 'TOKEN_INVALID', message: expect.stringContaining('signature') });
    }
    expect(endpoint.hits).toBe(1);
  });

  it('refuses HS256 and alg none without any request', async () => {
    const hs256 = await new SignJWT({ sub: 'user-1' }).setProtectedHeader({ alg: 'HS256', kid: 'k1' }).sign(new Uint8Array(32));
    const none = `${Buffer.from('{"alg":"none","kid":"k1"}').toString('base64url')}.${Buffer.from('{"sub":"user-1"}').toString('base64url')}.`;
    await expect(verifier.verify(hs256)).rejects.toMatchObject({ code: 'TOKEN_INVALID', message: expect.stringContaining('only RS256') });
    await expect(verifier.verify(none)).rejects.toMatchObject({ code: 'TOKEN_INVALID', message: expect.stringContaining('only RS256') });
    expect(endpoint.hits).toBe(0);
  });

  it('refetches once for an unknown kid after the cooldown, then not again for another unknown kid within it', async () => {
    await verifier.verify(await signAccessToken(k1));
    expect(endpoint.hits).toBe(1);

    endpoint.jwks = { keys: [k1.jwk, k2.jwk] };
    vi.setSystemTime(NOW.getTime() + 31_000);
    await expect(verifier.verify(await signAccessToken(k2))).resolves.toMatchObject({ sub: 'user-1' });
    expect(endpoint.hits).toBe(2);

    // A flood of made-up kids inside the cooldown costs no request at all.
    for (const kid of ['k3', 'k4', 'k5']) {
      await expect(verifier.verify(await signAccessToken({ ...k2, kid }))).rejects.toMatchObject({
        code: 'TOKEN_INVALID',
        message: expect.stringContaining(`No key with kid "${kid}"`),
      });
    }
    expect(endpoint.hits).toBe(2);
  });

  it('does not refetch for an unknown kid inside the cooldown after the first fetch', async () => {
    await verifier.verify(await signAccessToken(k1));
    endpoint.jwks = { keys: [k1.jwk, k2.jwk] };
    await expect(verifier.verify(await signAccessToken(k2))).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    expect(endpoint.hits).toBe(1);
  });

  it('answers KEYS_UNAVAILABLE when the endpoint fails, and recovers once it answers', async () => {
    endpoint.status = 500;
    const token = await signAccessToken(k1);
    await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'KEYS_UNAVAILABLE', message: expect.stringContaining('200 OK') });
    endpoint.status = 200;
    await expect(verifier.verify(token)).resolves.toMatchObject({ sub: 'user-1' });
  });

  it('answers KEYS_UNAVAILABLE when nothing listens at the JWKS URL', async () => {
    const closed = createAccessTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys: { kind: 'remote', jwksUrl: 'http://127.0.0.1:1/jwks', timeoutMs: 1000 } });
    await expect(closed.verify(await signAccessToken(k1))).rejects.toMatchObject({ code: 'KEYS_UNAVAILABLE', message: expect.stringContaining('unavailable') });
  });
});
