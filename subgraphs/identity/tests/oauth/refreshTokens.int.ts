import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import * as client from 'openid-client';
import { Browser } from './support/Browser.js';
import { authorize, pkceRequest } from './support/authorize.js';
import { ALICE, memoryAccounts } from './support/memoryAccounts.js';
import { WEB_REDIRECT_URI, startAuthServer, type AuthServer } from './support/startAuthServer.js';
import type { TokenReplayEvent } from '../../src/oauth/createOidcProvider.js';

const accounts = memoryAccounts([ALICE]);
let database: TestDatabase;
let server: AuthServer;
let web: client.Configuration;
const replays: TokenReplayEvent[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startAuthServer(database, accounts, { onTokenReplay: (event) => replays.push(event) });
  web = await server.discover('web');
});

afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

beforeEach(() => {
  replays.length = 0;
});

async function signedIn() {
  const request = await pkceRequest(web, WEB_REDIRECT_URI, 'openid offline_access read:content');
  const callback = await authorize(new Browser(server.origin), request, ALICE);
  return client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state });
}

describe('refresh token rotation (§6)', () => {
  it('gives a new refresh token and a new access token on every use', async () => {
    const first = await signedIn();

    const second = await client.refreshTokenGrant(web, first.refresh_token!);
    const third = await client.refreshTokenGrant(web, second.refresh_token!);

    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(third.refresh_token).not.toBe(second.refresh_token);
    expect(third.access_token).not.toBe(second.access_token);
    expect(third.scope).toBe('read:content');
  });

  it('treats a replayed refresh token as theft: invalid_grant, and the whole family is revoked', async () => {
    const first = await signedIn();
    const rotated = await client.refreshTokenGrant(web, first.refresh_token!);

    await expect(client.refreshTokenGrant(web, first.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    await expect(client.refreshTokenGrant(web, rotated.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    expect(replays).toEqual([
      { clientId: 'web', accountId: accounts.byEmail(ALICE.email).id, grantId: expect.any(String), detail: 'refresh token already used' },
    ]);
  });

  it('lets only one of two concurrent uses win, and revokes the family (a lost race counts as replay)', async () => {
    const first = await signedIn();

    const results = await Promise.allSettled([
      client.refreshTokenGrant(web, first.refresh_token!),
      client.refreshTokenGrant(web, first.refresh_token!),
    ]);

    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost[0]?.reason).toMatchObject({ error: 'invalid_grant' });
    const winner = (won[0] as PromiseFulfilledResult<client.TokenEndpointResponse>).value;
    await expect(client.refreshTokenGrant(web, winner.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    expect(replays).toEqual([expect.objectContaining({ clientId: 'web', detail: expect.stringMatching(/already (used|consumed)/) })]);
  });
});

describe('revocation and introspection', () => {
  it('reports a refresh token active, then inactive once revoked, and refuses to refresh with it', async () => {
    const tokens = await signedIn();

    expect(await client.tokenIntrospection(web, tokens.refresh_token!)).toMatchObject({
      active: true,
      client_id: 'web',
      sub: accounts.byEmail(ALICE.email).id,
      iss: server.issuer,
    });
    await client.tokenRevocation(web, tokens.refresh_token!);

    expect(await client.tokenIntrospection(web, tokens.refresh_token!)).toEqual({ active: false });
    await expect(client.refreshTokenGrant(web, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('says inactive for a token it never issued', async () => {
    expect(await client.tokenIntrospection(web, 'not-a-token')).toEqual({ active: false });
  });

  it('leaves JWT access tokens to their expiry (and to the router’s jti denylist, §6)', async () => {
    const tokens = await signedIn();

    await expect(client.tokenRevocation(web, tokens.access_token)).rejects.toMatchObject({ error: 'unsupported_token_type' });
    await expect(client.tokenIntrospection(web, tokens.access_token)).rejects.toMatchObject({ error: 'unsupported_token_type' });
  });
});
