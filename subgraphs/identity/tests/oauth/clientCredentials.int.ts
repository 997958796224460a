import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { memoryAccounts } from './support/memoryAccounts.js';
import { RESOURCE, SERVICE_SECRET, startAuthServer, type AuthServer } from './support/startAuthServer.js';

let database: TestDatabase;
let server: AuthServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startAuthServer(database, memoryAccounts([]));
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

describe('client credentials (service client)', () => {
  it('issues a JWT access token for the API with the scopes the client may have', async () => {
    const service = await server.discover('service', SERVICE_SECRET);

    const tokens = await client.clientCredentialsGrant(service, { scope: 'read:content admin:system read:watchlist' });

    expect(tokens.refresh_token).toBeUndefined();
    expect(decodeProtectedHeader(tokens.access_token)).toMatchObject({ alg: 'RS256', kid: server.oidc.publicJwks().keys[0]?.kid });
    const { payload } = await jwtVerify(tokens.access_token, createRemoteJWKSet(new URL(service.serverMetadata().jwks_uri!)), {
      issuer: server.issuer,
      audience: RESOURCE,
    });
    // read:watchlist is not the service client's to have: dropped, as RFC 6749 §3.3 allows.
    expect(payload).toMatchObject({ client_id: 'service', sub: 'service', user_role: 'service', scope: 'read:content admin:system' });
    expect(payload.exp! - payload.iat!).toBe(3600);
  });

  it('refuses a wrong secret with invalid_client', async () => {
    const service = await server.discover('service', 'x'.repeat(48));

    // A 401 with a WWW-Authenticate challenge, which openid-client reports as such.
    await expect(client.clientCredentialsGrant(service, { scope: 'read:content' })).rejects.toMatchObject({
      status: 401,
      cause: [{ scheme: 'basic', parameters: expect.objectContaining({ error: 'invalid_client' }) }],
    });
  });

  it('refuses the grant to public clients', async () => {
    const web = await server.discover('web');

    await expect(client.clientCredentialsGrant(web, { scope: 'read:content' })).rejects.toMatchObject({
      error: 'invalid_request',
      error_description: 'requested grant type is not allowed for this client',
    });
  });
});
