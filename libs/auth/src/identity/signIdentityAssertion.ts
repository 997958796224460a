import { SignJWT } from 'jose';
import { parseIdentity } from '../lib/parseIdentity.js';
import { IDENTITY_AUDIENCE, IDENTITY_ISSUER, MAX_IDENTITY_TTL_SECONDS, identityAssertionKey } from '../lib/identityAssertionKey.js';
import type { Identity } from './Identity.js';

export interface SignIdentityAssertionOptions {
  /** Shared by the router and every subgraph; at least 32 bytes (UTF-8 for a string). */
  secret: string | Uint8Array;
  /**
   * Lifetime in whole seconds, at most 300.
   * @default 60
   */
  ttlSeconds?: number;
  /** The signing time; tests freeze it. @default new Date() */
  now?: Date;
}

/**
 * Signs the identity the router established for one request, as a compact JWS (HS256) for the `x-mg-identity`
 * header. Claims: `iss: 'media-gateway-router'`, `aud: 'media-gateway-subgraphs'`, a random `jti`, `iat`, `exp`,
 * and the identity itself under `mg_identity`.
 *
 * Why HS256 with a shared secret rather than the router's own RSA key: the router and subgraphs are one trust
 * domain deployed together, the check is a hot path on every subgraph request, and there is no key distribution to
 * run. A client cannot forge one without the secret; replay of a leaked one is bounded by the short `exp`.
 *
 * @throws TypeError when an option or the identity is invalid (caller misuse).
 */
export async function signIdentityAssertion(identity: Identity, options: SignIdentityAssertionOptions): Promise<string> {
  const key = identityAssertionKey(options.secret);
  const ttlSeconds = options.ttlSeconds ?? 60;
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_IDENTITY_TTL_SECONDS) {
    throw new TypeError(`options.ttlSeconds must be an integer from 1 to ${MAX_IDENTITY_TTL_SECONDS}, got ${String(ttlSeconds)}`);
  }
  const parsed = parseIdentity(identity);
  if (parsed.problem !== undefined) throw new TypeError(`Cannot sign an identity assertion: ${parsed.problem}`);
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ mg_identity: parsed.identity })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(IDENTITY_ISSUER)
    .setAudience(IDENTITY_AUDIENCE)
    .setJti(crypto.randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key);
}
