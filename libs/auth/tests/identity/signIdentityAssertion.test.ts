import { SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { signIdentityAssertion, verifyIdentityAssertion, type Identity } from '@media-gateway/auth';

const SECRET = 'router-and-subgraphs-share-this-32+-byte-secret';
const NOW = new Date('2025-03-01T12:00:00Z');
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

const IDENTITIES: Identity[] = [
  { kind: 'anonymous' },
  { kind: 'user', userId: 'u-1', role: 'premium', scopes: ['read:content', 'write:watchlist'], profileId: 'p-2', tokenId: 'jti-3' },
  { kind: 'user', userId: 'u-1', role: 'free', scopes: [] },
  { kind: 'api_key', userId: 'u-1', apiKeyId: 'key-9', role: 'free', scopes: ['read:content', 'explorer'] },
  { kind: 'service', clientId: 'ingestion', scopes: ['read:content'] },
];

describe('signIdentityAssertion / verifyIdentityAssertion', () => {
  it.each(IDENTITIES.map((identity) => [identity.kind, identity] as const))('round-trips a %s identity', async (_kind, identity) => {
    const token = await signIdentityAssertion(identity, { secret: SECRET, now: NOW });
    await expect(verifyIdentityAssertion(token, { secret: SECRET, now: at(1) })).resolves.toEqual(identity);
  });

  it('signs HS256 with the router issuer, the subgraph audience, a unique jti and a 60 s lifetime by default', async () => {
    const identity: Identity = { kind: 'service', clientId: 'ingestion', scopes: [] };
    const [first, second] = await Promise.all([
      signIdentityAssertion(identity, { secret: SECRET, now: NOW }),
      signIdentityAssertion(identity, { secret: SECRET, now: NOW }),
    ]);
    const claims = decodeJwt(first);
    expect(decodeProtectedHeader(first).alg).toBe('HS256');
    expect(claims).toMatchObject({ iss: 'media-gateway-router', aud: 'media-gateway-subgraphs', iat: NOW.getTime() / 1000, exp: NOW.getTime() / 1000 + 60 });
    expect(claims.jti).toEqual(expect.any(String));
    expect(decodeJwt(second).jti).not.toBe(claims.jti);
  });

  it('drops fields that are not part of the identity', async () => {
    const sneaky = { kind: 'service', clientId: 'ingestion', scopes: [], role: 'admin', isAdmin: true } as unknown as Identity;
    const token = await signIdentityAssertion(sneaky, { secret: SECRET, now: NOW });
    await expect(verifyIdentityAssertion(token, { secret: SECRET, now: NOW })).resolves.toEqual({ kind: 'service', clientId: 'ingestion', scopes: [] });
  });

  it('refuses an assertion past its lifetime (beyond 5 s of skew) with IDENTITY_EXPIRED', async () => {
    const token = await signIdentityAssertion({ kind: 'anonymous' }, { secret: SECRET, ttlSeconds: 10, now: NOW });
    await expect(verifyIdentityAssertion(token, { secret: SECRET, now: at(14) })).resolves.toEqual({ kind: 'anonymous' });
    await expect(verifyIdentityAssertion(token, { secret: SECRET, now: at(16) })).rejects.toMatchObject({
      code: 'IDENTITY_EXPIRED',
      message: expect.stringContaining('expired'),
    });
  });

  it('refuses a tampered payload', async () => {
    const token = await signIdentityAssertion({ kind: 'user', userId: 'u-1', role: 'free', scopes: [] }, { secret: SECRET, now: NOW });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { mg_identity: Record<string, unknown> };
    claims.mg_identity.role = 'admin';
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await expect(verifyIdentityAssertion(forged, { secret: SECRET, now: NOW })).rejects.toMatchObject({
      code: 'IDENTITY_INVALID',
      message: expect.stringContaining('signature verification failed'),
    });
  });

  it('refuses an assertion signed with another secret', async () => {
    const token = await signIdentityAssertion({ kind: 'anonymous' }, { secret: 'x'.repeat(32), now: NOW });
    await expect(verifyIdentityAssertion(token, { secret: SECRET, now: NOW })).rejects.toMatchObject({ code: 'IDENTITY_INVALID', message: expect.stringContaining('signature') });
  });

  it.each([
    ['audience', { iss: 'media-gateway-router', aud: 'media-gateway-clients' }, '"aud"'],
    ['issuer', { iss: 'someone-else', aud: 'media-gateway-subgraphs' }, '"iss"'],
  ])('refuses the wrong %s', async (_name, claims, mentioned) => {
    const token = await new SignJWT({ ...claims, jti: 'j', mg_identity: { kind: 'anonymous' } })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(NOW)
      .setExpirationTime(at(60))
      .sign(new TextEncoder().encode(SECRET));
    await expect(verifyIdentityAssertion(token, { secret: SECRET, now: NOW })).rejects.toMatchObject({ code: 'IDENTITY_INVALID', message: expect.stringContaining(mentioned) });
  });

  it('refuses a validly signed assertion whose identity is not one', async () => {
    const token = await new SignJWT({ jti: 'j', mg_identity: { kind: 'user', userId: 'u-1', role: 'superuser', scopes: [] } })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('media-gateway-router')
      .setAudience('media-gateway-subgraphs')
      .setIssuedAt(NOW)
      .setExpirationTime(at(60))
      .sign(new TextEncoder().encode(SECRET));
    await expect(verifyIdentityAssertion(token, { secret: SECRET, now: NOW })).rejects.toMatchObject({ code: 'IDENTITY_INVALID', message: expect.stringContaining('identity.role') });
  });

  it('refuses an assertion issued longer ago than the 300 s cap, whatever its exp says', async () => {
    const token = await new SignJWT({ jti: 'j', mg_identity: { kind: 'anonymous' } })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('media-gateway-router')
      .setAudience('media-gateway-subgraphs')
      .setIssuedAt(at(-400))
      .setExpirationTime(at(3600))
      .sign(new TextEncoder().encode(SECRET));
    await expect(verifyIdentityAssertion(token, { secret: SECRET, now: NOW })).rejects.toMatchObject({ code: 'IDENTITY_EXPIRED' });
  });

  it.each(['', 'garbage', 'a.b.c'])('refuses the malformed assertion %j', async (token) => {
    await expect(verifyIdentityAssertion(token, { secret: SECRET, now: NOW })).rejects.toMatchObject({ code: 'IDENTITY_INVALID' });
  });

  it('throws a TypeError naming options.secret for a secret under 32 bytes, on either side', async () => {
    await expect(signIdentityAssertion({ kind: 'anonymous' }, { secret: 'x'.repeat(31) })).rejects.toThrow(
      new TypeError('options.secret must be at least 32 bytes, got 31'),
    );
    await expect(verifyIdentityAssertion('a.b.c', { secret: new Uint8Array(16) })).rejects.toThrow(new TypeError('options.secret must be at least 32 bytes, got 16'));
  });

  it.each([0, 1.5, 301])('throws a TypeError naming options.ttlSeconds for %s', async (ttlSeconds) => {
    await expect(signIdentityAssertion({ kind: 'anonymous' }, { secret: SECRET, ttlSeconds })).rejects.toThrow(/^options\.ttlSeconds must be an integer from 1 to 300/);
  });

  it('throws a TypeError for an identity that is not one', async () => {
    const bad = { kind: 'user', userId: '', role: 'free', scopes: [] } as Identity;
    await expect(signIdentityAssertion(bad, { secret: SECRET })).rejects.toThrow(new TypeError('Cannot sign an identity assertion: identity.userId must be a non-empty string'));
  });
});
