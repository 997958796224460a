import { describe, expect, it, vi } from 'vitest';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { MemoryTokenRevocations, createAccessTokenVerifier, verifyIdentityAssertion, type TokenRevocations } from '@media-gateway/auth';
import { createAuthenticator } from '../../src/auth/createAuthenticator.js';

// §6: "Revocation = jti on a Redis denylist"; a password change revokes every session. The router verifies access
// tokens locally, so the denylist is the only thing that can stop one before it expires.
const secret = 'test-assertion-secret-of-at-least-32-bytes!';
const issuer = 'http://localhost:4000/oidc';
const audience = 'https://api.media-gateway.test';
const { privateKey, publicKey } = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
const accessTokens = createAccessTokenVerifier({ issuer, audience, keys: { kind: 'local', getJwks: async () => ({ keys: [jwk] }) } });

const token = (claims: { sub?: string; jti?: string; iat?: number; client_id?: string; token_family_id?: string } = {}) => {
  const iat = claims.iat ?? Math.floor(Date.now() / 1000);
  return new SignJWT({ scope: 'read:watchlist', client_id: 'web', user_role: 'premium', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'at+jwt' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(claims.sub ?? 'user-1')
    .setJti(claims.jti ?? 'jti-1')
    .setIssuedAt(iat)
    .setExpirationTime(iat + 3600)
    .sign(privateKey);
};

async function outcome(authenticate: ReturnType<typeof createAuthenticator>, bearer: string) {
  return authenticate({ authorization: `Bearer ${bearer}` }).then(
    async (result) => ({ identity: await verifyIdentityAssertion(result.assertion, { secret }) }),
    (error: { message: string; extensions: Record<string, unknown> }) => ({ message: error.message, extensions: error.extensions }),
  );
}

describe('createAuthenticator with a revocation list', () => {
  it('refuses every token of a user issued up to a password change with 401 TOKEN_REVOKED, and accepts later ones', async () => {
    const revocations = new MemoryTokenRevocations();
    const authenticate = createAuthenticator({ accessTokens, revocations, assertionSecret: secret });
    const issuedBefore = Math.floor(Date.now() / 1000) - 60;
    const old = await token({ iat: issuedBefore });
    expect(await outcome(authenticate, old)).toMatchObject({ identity: { kind: 'user', userId: 'user-1' } });

    await revocations.revokeSubject('user-1', new Date((issuedBefore + 1) * 1000));
    expect(await outcome(authenticate, old)).toEqual({
      message: 'The access token was revoked; sign in again.',
      extensions: { code: 'UNAUTHENTICATED', authCode: 'TOKEN_REVOKED', http: { status: 401 } },
    });
    expect(await outcome(authenticate, await token({ iat: issuedBefore + 2 }))).toMatchObject({ identity: { kind: 'user' } });
    expect(await outcome(authenticate, await token({ sub: 'user-2', iat: issuedBefore }))).toMatchObject({ identity: { userId: 'user-2' } });
  });

  it('refuses a token by its jti, and every token of a revoked grant that names it', async () => {
    const revocations = new MemoryTokenRevocations();
    const authenticate = createAuthenticator({ accessTokens, revocations, assertionSecret: secret });
    const inAnHour = new Date(Date.now() + 3_600_000);
    await revocations.revokeToken('stolen', inAnHour);
    await revocations.revokeGrant('family-1', inAnHour);

    expect(await outcome(authenticate, await token({ jti: 'stolen' }))).toMatchObject({ extensions: { authCode: 'TOKEN_REVOKED' } });
    expect(await outcome(authenticate, await token({ jti: 'other', token_family_id: 'family-1' }))).toMatchObject({ extensions: { authCode: 'TOKEN_REVOKED' } });
    expect(await outcome(authenticate, await token({ jti: 'other', token_family_id: 'family-2' }))).toMatchObject({ identity: { kind: 'user' } });
    // Client-credentials tokens are checked too (their subject is the client).
    const service = await token({ sub: 'svc', client_id: 'svc', jti: 'stolen' });
    expect(await outcome(authenticate, service)).toMatchObject({ extensions: { authCode: 'TOKEN_REVOKED' } });
  });

  it('denies with a 503 the client may retry, never a 500 or a pass, when the list cannot be read', async () => {
    const cause = new Error('connect ECONNREFUSED 10.0.0.7:6379');
    const unreachable: Pick<TokenRevocations, 'isRevoked'> = { isRevoked: async () => Promise.reject(cause) };
    const onRevocationStoreError = vi.fn(() => {
      throw new Error('a broken logger');
    });
    const authenticate = createAuthenticator({ accessTokens, revocations: unreachable, onRevocationStoreError, assertionSecret: secret });

    expect(await outcome(authenticate, await token())).toEqual({
      message: 'The token revocation list could not be checked; retry later.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', authCode: 'REVOCATION_UNAVAILABLE', http: { status: 503 } },
    });
    expect(onRevocationStoreError).toHaveBeenCalledWith(cause);
  });

  it('checks the signature first, so a forged token never reaches the store', async () => {
    const isRevoked = vi.fn(async () => false);
    const authenticate = createAuthenticator({ accessTokens, revocations: { isRevoked }, assertionSecret: secret });
    const [header, , signature] = (await token()).split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'admin', jti: 'x', client_id: 'web' })).toString('base64url');
    expect(await outcome(authenticate, `${header}.${forged}.${signature}`)).toMatchObject({ extensions: { authCode: 'TOKEN_INVALID' } });
    expect(isRevoked).not.toHaveBeenCalled();
  });

  it('does not consult the list for API keys, which are revoked in the database', async () => {
    const isRevoked = vi.fn(async () => true);
    const authenticate = createAuthenticator({
      revocations: { isRevoked },
      apiKeys: async () => ({ userId: 'user-2', apiKeyId: 'key-1', role: 'free', scopes: ['read:content'], expiresAt: new Date(Date.now() + 60_000) }),
      assertionSecret: secret,
    });
    const result = await authenticate({ 'x-api-key': 'mg_live_GoodKeyGoodKeyGoodKeyGoodKey0000' });
    expect(await verifyIdentityAssertion(result.assertion, { secret })).toEqual({
      kind: 'api_key',
      userId: 'user-2',
      apiKeyId: 'key-1',
      role: 'free',
      scopes: ['read:content'],
    });
    expect(isRevoked).not.toHaveBeenCalled();
  });
});
