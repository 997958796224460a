import { createHash } from 'node:crypto';
import { createAccessTokenVerifier } from '@media-gateway/auth';

/** A bearer token the bridge checked. */
export interface AuthenticatedCaller {
  token: string;
  /** `sub`: the user the token speaks for. */
  subject: string;
  clientId: string;
  scopes: string[];
  /** Epoch seconds. */
  expiresAt: number;
}

export interface TokenAuthenticatorOptions {
  /** The identity issuer (`iss`), e.g. `http://127.0.0.1:4000/oidc`. */
  issuer: string;
  /** Accepted `aud`. */
  audience: string | readonly string[];
  /** @default `<issuer>/jwks` */
  jwksUrl?: string;
  /**
   * How long a verified token is trusted without verifying it again (§11: "cache the result 5 min"). Never past the
   * token's `exp`. A token revoked meanwhile still fails at the router, which checks revocation on every call.
   * @default 300
   */
  cacheSeconds?: number;
  /** @default 10000 */
  maxCachedTokens?: number;
}

export interface TokenAuthenticator {
  /** @throws the `AuthError`s of `@media-gateway/auth` (TOKEN_INVALID, TOKEN_EXPIRED, KEYS_UNAVAILABLE, …). */
  verify(token: string): Promise<AuthenticatedCaller>;
}

/**
 * Verifies the identity service's JWT access tokens against its JWKS (jose `createRemoteJWKSet`, through
 * `@media-gateway/auth`), with the issuer and audience checked, and remembers each verified token for a while so an
 * agent's burst of calls costs one signature check.
 */
export function createTokenAuthenticator(options: TokenAuthenticatorOptions): TokenAuthenticator {
  const verifier = createAccessTokenVerifier({
    issuer: options.issuer,
    audience: options.audience,
    keys: { kind: 'remote', jwksUrl: options.jwksUrl ?? `${options.issuer.replace(/\/$/, '')}/jwks` },
  });
  const cacheMs = (options.cacheSeconds ?? 300) * 1000;
  const maxEntries = options.maxCachedTokens ?? 10_000;
  // Map keeps insertion order: the first entry is the oldest, dropped when the cache is full.
  const cache = new Map<string, { caller: AuthenticatedCaller; until: number }>();

  return {
    async verify(token) {
      const key = createHash('sha256').update(token).digest('hex');
      const now = Date.now();
      const hit = cache.get(key);
      if (hit && hit.until > now) return hit.caller;
      cache.delete(key);
      const verified = await verifier.verify(token);
      const caller: AuthenticatedCaller = {
        token,
        subject: verified.sub,
        clientId: verified.clientId,
        scopes: verified.scopes,
        expiresAt: Math.floor(verified.expiresAt.getTime() / 1000),
      };
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
      cache.set(key, { caller, until: Math.min(now + cacheMs, verified.expiresAt.getTime()) });
      return caller;
    },
  };
}
