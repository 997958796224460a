import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import * as client from 'openid-client';
import { memoryAccounts } from './support/memoryAccounts.js';
import { RESOURCE, SERVICE_SECRET, startAuthServer, type AuthServer } from './support/startAuthServer.js';

const DAY = 24 * 3600_000;
const t0 = Date.now();
let clock = t0;
let database: TestDatabase;
let server: AuthServer;
let service: client.Configuration;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startAuthServer(database, memoryAccounts([]), { now: () => new Date(clock) });
  service = await server.discover('service', SERVICE_SECRET);
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

async function fetchJwks(): Promise<JSONWebKeySet> {
  return (await (await fetch(service.serverMetadata().jwks_uri!)).json()) as JSONWebKeySet;
}

const verify = async (token: string) =>
  jwtVerify(token, createLocalJWKSet(await fetchJwks()), { issuer: server.issuer, audience: RESOURCE });

const issue = async () => (await client.clientCredentialsGrant(service, { scope: 'read:content' })).access_token;

describe('signing key rotation in a running server', () => {
  it('signs with the new key after rotation while tokens of the old one verify until the overlap ends', async () => {
    const before = await issue();
    const oldKid = decodeProtectedHeader(before).kid;

    clock = t0 + 91 * DAY;
    const rotation = await server.oidc.refreshSigningKeys();
    const after = await issue();

    expect(rotation.rotated).toBe(true);
    expect(rotation.kids).toEqual([decodeProtectedHeader(after).kid, oldKid]);
    expect((await fetchJwks()).keys.map((k) => k.kid)).toEqual(rotation.kids);
    await expect(verify(before)).resolves.toBeDefined();
    await expect(verify(after)).resolves.toBeDefined();

    clock = t0 + 92 * DAY + 60_000;
    expect(await server.oidc.refreshSigningKeys()).toEqual({ rotated: false, kids: [decodeProtectedHeader(after).kid] });
    await expect(verify(before)).rejects.toMatchObject({ code: 'ERR_JWKS_NO_MATCHING_KEY' });
    await expect(verify(after)).resolves.toBeDefined();
  });

  it('keeps the key across a restart, so tokens issued before it still verify', async () => {
    const token = await issue();
    const restarted = await startAuthServer(database, memoryAccounts([]), { now: () => new Date(clock) });
    try {
      expect(restarted.oidc.publicJwks()).toEqual(server.oidc.publicJwks());
      const jwks = (await (await fetch(`${restarted.issuer}/jwks`)).json()) as JSONWebKeySet;
      await expect(jwtVerify(token, createLocalJWKSet(jwks), { issuer: server.issuer, audience: RESOURCE })).resolves.toBeDefined();
    } finally {
      await restarted.close();
    }
  });
});
