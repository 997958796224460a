import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as client from 'openid-client';
import { Browser } from '../oauth/support/Browser.js';
import { authorize, pkceRequest } from '../oauth/support/authorize.js';
import { WEB_REDIRECT_URI, startAuthServer, type AuthServer } from '../oauth/support/startAuthServer.js';
import { createIdentityHarness, type IdentityHarness, type SeededUser } from './support/identityHarness.js';

let h: IdentityHarness;
let server: AuthServer;
let web: client.Configuration;
let alice: SeededUser;

beforeAll(async () => {
  h = await createIdentityHarness();
  alice = await h.seedUser({ email: 'alice@example.test', role: 'premium' });
  // The real authorization server on the same database, with the service's account directory.
  server = await startAuthServer(h.database, h.service.accounts, { db: h.db });
  web = await server.discover('web');
});

afterAll(async () => {
  await server?.close();
  await h?.dispose();
});

describe('the OAuth server over the identity service', () => {
  it('signs in through PrismaAccountDirectory, and a password change revokes the refresh token it issued', async () => {
    const request = await pkceRequest(web, WEB_REDIRECT_URI, 'openid offline_access read:history');
    const callback = await authorize(new Browser(server.origin), request, alice);
    const tokens = await client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state });
    // The role claim comes from `claims()`: premium may hold read:history.
    expect(tokens.scope).toBe('read:history');
    expect(await h.db.prisma.auditLog.count({ where: { userId: alice.id, action: 'AUTH_LOGIN' } })).toBe(1);

    const changed = await h.data(h.asUser(alice), 'mutation { changePassword(currentPassword: "Correct-Horse-1", newPassword: "Fresh-Pass-123") { revokedSessions } }');
    expect(changed).toEqual({ changePassword: { revokedSessions: 1 } });
    await expect(client.refreshTokenGrant(web, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    expect(await h.db.prisma.oidcModel.count({ where: { type: { in: ['Grant', 'RefreshToken', 'Session'] } } })).toBe(0);
  });
});
