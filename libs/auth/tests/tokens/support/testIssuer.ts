import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK, type JWTPayload } from 'jose';

export const ISSUER = 'https://identity.media-gateway.test';
export const AUDIENCE = 'media-gateway-api';

export interface TestSigningKey {
  kid: string;
  privateKey: CryptoKey;
  /** The public half as published in a JWKS. */
  jwk: JWK;
}

/** An RS256 key pair as the identity service would hold it. */
export async function createSigningKey(kid: string): Promise<TestSigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

/**
 * A token with the claims the identity service issues, valid for an hour from the (possibly frozen) clock.
 * `claims` overrides or, with `undefined`, removes a default.
 */
export async function signAccessToken(
  key: Pick<TestSigningKey, 'privateKey'> & { kid?: string | undefined },
  claims: Record<string, unknown> = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const defaults: JWTPayload = {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: 'user-1',
    client_id: 'web-app',
    scope: 'read:content write:watchlist',
    jti: 'token-1',
    user_role: 'premium',
    iat: now,
    exp: now + 3600,
  };
  const payload = Object.fromEntries(Object.entries({ ...defaults, ...claims }).filter(([, v]) => v !== undefined));
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', ...(key.kid ? { kid: key.kid } : {}) }).sign(key.privateKey);
}

/** An unsigned (`alg: none`) token, which jose will not produce for us. */
export function unsignedToken(header: Record<string, unknown>, claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode(header)}.${encode(claims)}.`;
}

/** Swaps the payload segment for other claims while keeping the original signature. */
export function withPayload(token: string, claims: Record<string, unknown>): string {
  const [header, , signature] = token.split('.');
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}
