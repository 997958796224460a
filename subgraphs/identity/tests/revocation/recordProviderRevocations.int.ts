import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as client from 'openid-client';
import { MemoryTokenRevocations, type TokenRevocations } from '@media-gateway/auth';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { recordProviderRevocations } from '../../src/revocation/recordProviderRevocations.js';
import { Browser } from '../oauth/support/Browser.js';
import { authorize, pkceRequest } from '../oauth/support/authorize.js';
import { ALICE, memoryAccounts } from '../oauth/support/memoryAccounts.js';
import { WEB_REDIRECT_URI, startAuthServer, type AuthServer } from '../oauth/support/startAuthServer.js';

// The real authorization server, driven over HTTP as clients drive it: every revocation it makes must reach the
// router's denylist.
const accounts = memoryAccounts([ALICE]);
let database: TestDatabase;
let server: AuthServer;
let web: client.Configuration;

/** A denylist that also remembers what it was told, so a test can say "nothing was recorded". */
class RecordingRevocations extends MemoryTokenRevocations {
  readonly calls: string[] = [];
  override async revokeGrant(grantId: string, until: Date) {
    this.calls.push(`grant:${grantId}`);
    return super.revokeGrant(grantId, until);
  }
  override async revokeToken(jti: string, until: Date) {
    this.calls.push(`jti:${jti}`);
    return super.revokeToken(jti, until);
  }
}

const logger = { error: vi.fn() };
const revocations = new RecordingRevocations();
let stop: () => void;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startAuthServer(database, accounts);
  web = await server.discover('web');
  stop = recordProviderRevocations(server.oidc.provider, { revocations, accessTokenLifetimeSeconds: 3600, logger });
});

afterAll(async () => {
  stop?.();
  await server?.close();
  await database?.dispose();
});

async function signedIn() {
  const request = await pkceRequest(web, WEB_REDIRECT_URI, 'openid offline_access read:content');
  const callback = await authorize(new Browser(server.origin), request, ALICE);
  const tokens = await client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state });
  const refresh = await server.oidc.provider.RefreshToken.find(tokens.refresh_token!);
  return { tokens, grantId: refresh!.grantId! };
}

/** The check the router makes for a token of `grantId` that was issued just now. */
const tokenOf = (grantId: string) => ({ sub: accounts.byEmail(ALICE.email).id, jti: `jti-${grantId}`, iat: new Date(), grantId });

describe('recordProviderRevocations', () => {
  it('lists the grant when a client revokes its refresh token, and leaves other sign-ins alone', async () => {
    const revoked = await signedIn();
    const other = await signedIn();
    await client.tokenRevocation(web, revoked.tokens.refresh_token!);
    await vi.waitFor(async () => expect(await revocations.isRevoked(tokenOf(revoked.grantId))).toBe(true));
    expect(await revocations.isRevoked(tokenOf(other.grantId))).toBe(false);
  });

  it('lists the whole token family when a used refresh token is replayed (§6)', async () => {
    const { tokens, grantId } = await signedIn();
    await client.refreshTokenGrant(web, tokens.refresh_token!);
    await expect(client.refreshTokenGrant(web, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    await vi.waitFor(async () => expect(await revocations.isRevoked(tokenOf(grantId))).toBe(true));
  });

  it('lists a destroyed token by jti until it expires', async () => {
    const exp = Math.floor(Date.now() / 1000) + 600;
    server.oidc.provider.emit('access_token.destroyed', { jti: 'opaque-access', exp });
    server.oidc.provider.emit('client_credentials.destroyed', { jti: 'opaque-service', exp });
    await vi.waitFor(async () => {
      expect(await revocations.isRevoked({ sub: 'someone', jti: 'opaque-access', iat: new Date() })).toBe(true);
      expect(await revocations.isRevoked({ sub: 'service', jti: 'opaque-service', iat: new Date() })).toBe(true);
    });
  });

  it('logs a failed write without failing the revocation the client asked for', async () => {
    const failing: Pick<TokenRevocations, 'revokeGrant' | 'revokeToken'> = {
      revokeGrant: async () => {
        throw new Error('redis down');
      },
      revokeToken: async () => {},
    };
    const failures = { error: vi.fn() };
    const stopFailing = recordProviderRevocations(server.oidc.provider, { revocations: failing, accessTokenLifetimeSeconds: 3600, logger: failures });
    try {
      const { tokens, grantId } = await signedIn();
      await expect(client.tokenRevocation(web, tokens.refresh_token!)).resolves.toBeUndefined();
      await vi.waitFor(() =>
        expect(failures.error).toHaveBeenCalledWith({ err: new Error('redis down'), grantId }, 'recording a token revocation for the router failed'),
      );
    } finally {
      stopFailing();
    }
  });

  it('stops listening once the returned function is called', () => {
    const quiet = new RecordingRevocations();
    const stopQuiet = recordProviderRevocations(server.oidc.provider, { revocations: quiet, accessTokenLifetimeSeconds: 3600, logger });
    stopQuiet();
    server.oidc.provider.emit('grant.revoked', {}, 'grant-after-stop');
    expect(quiet.calls).toEqual([]);
  });

  it('rejects a lifetime that is not a positive number (caller misuse)', () => {
    expect(() => recordProviderRevocations(server.oidc.provider, { revocations, accessTokenLifetimeSeconds: 0, logger })).toThrow(
      /options\.accessTokenLifetimeSeconds/,
    );
  });
});
