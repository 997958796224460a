import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import {
  KeysUnavailableError,
  TokenExpiredError,
  TokenInvalidError,
  TokenMalformedError,
  TokenMissingError,
  TokenNotYetValidError,
  isAuthError,
} from '../errors.js';
import { createLoadedJWKSet } from '../lib/createLoadedJWKSet.js';
import { parseRole, type Role } from '../scopes/Role.js';

/** Keys published by the identity service at its JWKS URL, fetched over HTTP(S) with jose's `createRemoteJWKSet`. */
export interface RemoteKeySource {
  kind: 'remote';
  /** @example 'http://identity:4001/oauth/jwks' */
  jwksUrl: string;
  /**
   * After a successful fetch, how long an unknown `kid` waits before it may trigger another fetch, so a flood of
   * made-up `kid`s cannot hammer the endpoint. A key rotated in during this window is picked up once it ends.
   * @default 30
   */
  cooldownSeconds?: number;
  /**
   * How long a fetched key set is trusted before the next verification refetches it; this is also how long a key
   * removed from the set (e.g. compromised) keeps verifying.
   * @default 600
   */
  cacheMaxAgeSeconds?: number;
  /** @default 5000 */
  timeoutMs?: number;
}

/**
 * Keys from a callback, for the identity service verifying its own tokens in-process (embedded mode) and for
 * tests. Same reload rules as `RemoteKeySource`.
 */
export interface LocalKeySource {
  kind: 'local';
  getJwks: () => Promise<JSONWebKeySet>;
  /** @default 30 */
  cooldownSeconds?: number;
  /** @default 600 */
  cacheMaxAgeSeconds?: number;
}

export type AccessTokenKeySource = RemoteKeySource | LocalKeySource;

export interface AccessTokenVerifierOptions {
  /** Exact `iss` the identity service's OAuth server puts in its tokens. */
  issuer: string;
  /** Accepted `aud` value(s); a token passes when its `aud` contains any of them. */
  audience: string | readonly string[];
  keys: AccessTokenKeySource;
  /**
   * Allowed clock skew for `exp` and `nbf` (spec §6: 60 s).
   * @default 60
   */
  clockToleranceSeconds?: number;
}

export interface VerifiedAccessToken {
  /** The user (or, for client-credentials tokens, the client) the token speaks for. */
  sub: string;
  /** The space-separated `scope` claim, split and de-duplicated; `[]` when absent. */
  scopes: string[];
  /** `client_id` (RFC 9068 §2.2), or `azp` from issuers that only set that. */
  clientId: string;
  /** From `user_role`, else the most privileged known entry of `roles`; absent when neither names a known role. */
  role?: Role;
  /** `jti`: the key of the revocation denylist (spec §6). */
  tokenId: string;
  expiresAt: Date;
  /** Every claim, for callers that need `device_id`, `region`, `token_family_id`, … */
  claims: JWTPayload;
}

export interface AccessTokenVerifier {
  /**
   * @throws TokenMissingError, TokenMalformedError, TokenExpiredError, TokenNotYetValidError, TokenInvalidError for
   *   a bad token; KeysUnavailableError when the key set cannot be loaded.
   */
  verify(token: string | null | undefined): Promise<VerifiedAccessToken>;
}

/** The identity service signs with RS256 only (spec §6); accepting anything else invites algorithm confusion. */
const ALGORITHM = 'RS256';

/** Highest privilege first, for tokens that list several roles. */
const ROLE_PRECEDENCE: readonly Role[] = ['admin', 'service', 'premium', 'free', 'anonymous'];

/**
 * Verifies the RS256 JWT access tokens the identity service's OAuth server issues (spec §6, "JWT access token").
 * The key set is loaded lazily on the first verification, so creating a verifier does no I/O.
 *
 * A token whose `kid` is not in the key set causes at most one reload (subject to `cooldownSeconds`), which is how
 * a rotated-in signing key is picked up. A token with a known `kid` and a bad signature never causes a reload: the
 * only I/O verification ever does is loading the key set.
 *
 * @throws TypeError when an option is invalid, naming it (caller misuse).
 */
export function createAccessTokenVerifier(options: AccessTokenVerifierOptions): AccessTokenVerifier {
  const issuer = requireNonEmpty(options.issuer, 'options.issuer');
  const audience = readAudience(options.audience);
  const clockTolerance = readSeconds(options.clockToleranceSeconds, 60, 'options.clockToleranceSeconds');
  const keySet = createKeySet(options.keys);

  // Keep key-source failures apart from token failures: an unknown `kid` is the token's fault, anything else
  // (network, timeout, non-200, a broken set) is ours and must not read as "sign in again".
  const getKey: JWTVerifyGetKey = async (protectedHeader, token) => {
    try {
      return await keySet(protectedHeader, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey) {
        throw new TokenInvalidError(`No key with kid ${JSON.stringify(protectedHeader.kid)} in the issuer's key set`, { cause: error });
      }
      throw new KeysUnavailableError(`The issuer's verification keys are unavailable: ${messageOf(error)}`, { cause: error });
    }
  };

  return {
    async verify(token) {
      if (!token) throw new TokenMissingError('No access token was sent');
      checkHeader(token);
      let claims: JWTPayload;
      try {
        ({ payload: claims } = await jwtVerify(token, getKey, {
          algorithms: [ALGORITHM],
          issuer,
          audience,
          clockTolerance,
          requiredClaims: ['sub', 'exp', 'jti'],
        }));
      } catch (error) {
        throw toAuthError(error);
      }
      return readClaims(claims);
    },
  };
}

/**
 * Rejects what the key set must never see: non-JWS input, other algorithms (`none`, HS256 signed with the public
 * key as an HMAC secret) and tokens without `kid`. Doing this before `jwtVerify` keeps such tokens from causing
 * a key set load at all.
 */
function checkHeader(token: string): void {
  if (token.split('.').length !== 3) throw new TokenMalformedError('The access token is not a compact JWS (three dot-separated parts)');
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(token);
  } catch (error) {
    throw new TokenMalformedError(`The access token header is not valid base64url JSON: ${messageOf(error)}`, { cause: error });
  }
  if (header.alg !== ALGORITHM) throw new TokenInvalidError(`The access token algorithm ${JSON.stringify(header.alg)} is not accepted; only ${ALGORITHM}`);
  if (typeof header.kid !== 'string' || header.kid.length === 0) throw new TokenInvalidError('The access token header has no "kid"');
}

function toAuthError(error: unknown): Error {
  if (isAuthError(error)) return error;
  if (error instanceof errors.JWTExpired) return new TokenExpiredError(`The access token expired: ${error.message}`, { cause: error });
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return new TokenNotYetValidError(`The access token is not valid yet: ${error.message}`, { cause: error });
    return new TokenInvalidError(`The access token claims are not accepted: ${error.message}`, { cause: error });
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JOSEAlgNotAllowed) {
    return new TokenInvalidError(`The access token failed verification: ${error.message}`, { cause: error });
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return new TokenMalformedError(`The access token is malformed: ${error.message}`, { cause: error });
  }
  // Not a token problem we know (a bug, or a key jose refuses such as RSA < 2048 bits): surface it as is.
  return error instanceof Error ? error : new Error(String(error));
}

function readClaims(claims: JWTPayload): VerifiedAccessToken {
  const sub = claims.sub;
  const tokenId = claims.jti;
  const clientId = typeof claims.client_id === 'string' ? claims.client_id : claims.azp;
  if (typeof sub !== 'string' || sub.length === 0) throw new TokenInvalidError('The access token "sub" claim must be a non-empty string');
  if (typeof tokenId !== 'string' || tokenId.length === 0) throw new TokenInvalidError('The access token "jti" claim must be a non-empty string');
  if (typeof clientId !== 'string' || clientId.length === 0) {
    throw new TokenInvalidError('The access token names no client: "client_id" (RFC 9068 §2.2) or "azp" is required');
  }
  if (claims.scope !== undefined && typeof claims.scope !== 'string') {
    throw new TokenInvalidError('The access token "scope" claim must be a space-separated string (RFC 9068 §2.2.3)');
  }
  const scopes = [...new Set((claims.scope ?? '').split(/\s+/).filter(Boolean))];
  const role = readRole(claims);
  return {
    sub,
    scopes,
    clientId,
    ...(role ? { role } : {}),
    tokenId,
    // `exp` is required above and jose has checked it is a number.
    expiresAt: new Date((claims.exp as number) * 1000),
    claims,
  };
}

/** The claim the product's authorization server puts the account's role in (§6 `roles/user_role`). */
export const ROLE_CLAIM = 'user_role';

/** Spec §6 names the role claim `roles/user_role`: a single `user_role` wins, else the strongest of `roles`. */
function readRole(claims: JWTPayload): Role | undefined {
  const single = parseRole(claims[ROLE_CLAIM]);
  if (single) return single;
  if (!Array.isArray(claims.roles)) return undefined;
  const held = new Set(claims.roles.map(parseRole));
  return ROLE_PRECEDENCE.find((role) => held.has(role));
}

function createKeySet(keys: AccessTokenKeySource): JWTVerifyGetKey {
  if (typeof keys !== 'object' || keys === null) throw new TypeError('options.keys must be { kind: "remote", … } or { kind: "local", … }');
  const cooldownMs = readSeconds(keys.cooldownSeconds, 30, 'options.keys.cooldownSeconds') * 1000;
  const cacheMaxAgeMs = readSeconds(keys.cacheMaxAgeSeconds, 600, 'options.keys.cacheMaxAgeSeconds') * 1000;
  switch (keys.kind) {
    case 'remote': {
      const timeoutMs = keys.timeoutMs ?? 5000;
      if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new TypeError(`options.keys.timeoutMs must be a positive integer, got ${String(timeoutMs)}`);
      return createRemoteJWKSet(readJwksUrl(keys.jwksUrl), { cooldownDuration: cooldownMs, cacheMaxAge: cacheMaxAgeMs, timeoutDuration: timeoutMs });
    }
    case 'local':
      if (typeof keys.getJwks !== 'function') throw new TypeError('options.keys.getJwks must be a function returning a promise of a JWKS');
      return createLoadedJWKSet(keys.getJwks, { cooldownMs, cacheMaxAgeMs });
    default:
      throw new TypeError(`options.keys.kind must be "remote" or "local", got ${JSON.stringify((keys as { kind?: unknown }).kind)}`);
  }
}

function readJwksUrl(value: unknown): URL {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new TypeError(`options.keys.jwksUrl must be an http(s) URL, got ${JSON.stringify(value)}`);
  }
  return url;
}

function readAudience(value: unknown): string | string[] {
  if (typeof value === 'string' && value.length > 0) return value;
  if (Array.isArray(value) && value.length > 0 && value.every((a) => typeof a === 'string' && a.length > 0)) return [...(value as string[])];
  throw new TypeError(`options.audience must be a non-empty string or array of strings, got ${JSON.stringify(value)}`);
}

function requireNonEmpty(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new TypeError(`${name} must be a non-empty string, got ${JSON.stringify(value)}`);
  return value;
}

function readSeconds(value: unknown, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`${name} must be a non-negative number of seconds, got ${String(value)}`);
  }
  return value;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
