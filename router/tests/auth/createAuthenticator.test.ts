import { describe, expect, it } from 'vitest';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { createAccessTokenVerifier, verifyIdentityAssertion } from '@media-gateway/auth';
import { createAuthenticator } from '../../src/auth/createAuthenticator.js';

const secret = 'test-assertion-secret-of-at-least-32-bytes!';
const issuer = 'http://localhost:4000/oidc';
const audience = 'https://api.media-gateway.test';
const { privateKey, publicKey } = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
const accessTokens = createAccessTokenVerifier({ issuer, audience, keys: { kind: 'local', getJwks: async () => ({ keys: [jwk] }) } });

const token = (claims: Record<string, unknown>, expiresIn = '1h') =>
  new SignJWT({ scope: 'read:watchlist write:watchlist', client_id: 'web', user_role: 'premium', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'at+jwt' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject((claims.sub as string) ?? 'user-1')
    .setJti('jti-1')
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(privateKey);

const authenticate = createAuthenticator({
  accessTokens,
  apiKeys: async (key) => (key === 'mg_live_GoodKeyGoodKeyGoodKeyGoodKey0000' ? { userId: 'user-2', apiKeyId: 'key-1', role: 'free', scopes: ['read:content'] } : null),
  assertionSecret: secret,
});

async function failure(headers: Record<string, string>) {
  return authenticate(headers).then(
    () => null,
    (error: { message: string; extensions: Record<string, unknown> }) => ({ message: error.message, extensions: error.extensions }),
  );
}

describe('createAuthenticator', () => {
  it('treats a request without credentials as anonymous, and signs that too', async () => {
    const result = await authenticate({});
    expect(result.access).toEqual({ authenticated: false, scopes: [] });
    expect(await verifyIdentityAssertion(result.assertion, { secret })).toEqual({ kind: 'anonymous' });
  });

  it('turns a valid access token into a user identity the subgraphs can verify', async () => {
    const result = await authenticate({ authorization: `Bearer ${await token({})}` });
    expect(result.access).toEqual({ authenticated: true, scopes: ['read:watchlist', 'write:watchlist'] });
    expect(await verifyIdentityAssertion(result.assertion, { secret })).toMatchObject({
      kind: 'user',
      userId: 'user-1',
      role: 'premium',
      tokenId: 'jti-1',
    });
  });

  it('recognises client-credentials tokens as the service itself', async () => {
    const result = await authenticate({ authorization: `Bearer ${await token({ sub: 'service', client_id: 'service', scope: 'read:content' })}` });
    expect(await verifyIdentityAssertion(result.assertion, { secret })).toMatchObject({ kind: 'service', clientId: 'service' });
  });

  it('accepts API keys in either header and refuses unknown ones', async () => {
    const good = 'mg_live_GoodKeyGoodKeyGoodKeyGoodKey0000';
    for (const headers of [{ 'x-api-key': good }, { authorization: `Bearer ${good}` }]) {
      expect((await authenticate(headers)).access).toEqual({ authenticated: true, scopes: ['read:content'] });
    }
    expect(await failure({ 'x-api-key': 'mg_live_RevokedRevokedRevokedRevoked0000' })).toEqual({
      message: 'The API key is not valid (unknown, revoked or expired).',
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  });

  it('refuses expired, tampered and malformed tokens with 401 instead of serving them as anonymous', async () => {
    const expired = await failure({ authorization: `Bearer ${await token({}, '-5m')}` });
    expect(expired?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', authCode: 'TOKEN_EXPIRED', http: { status: 401 } });
    const [header, , signature] = (await token({})).split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'admin', scope: 'admin:users', client_id: 'web' })).toString('base64url');
    const tampered = await failure({ authorization: `Bearer ${header}.${forgedPayload}.${signature}` });
    expect(tampered?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', authCode: 'TOKEN_INVALID' });
    const malformed = await failure({ authorization: 'Basic dXNlcjpwYXNz' });
    expect(malformed?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', authCode: 'TOKEN_MALFORMED' });
  });

  it('refuses bearer tokens when no identity provider is configured', async () => {
    const bare = createAuthenticator({ assertionSecret: secret });
    const error = await bare({ authorization: `Bearer ${await token({})}` }).catch((e: { extensions: unknown }) => e);
    expect(error).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
