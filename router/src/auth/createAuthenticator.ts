import { GraphQLError } from 'graphql';
import {
  ANONYMOUS,
  API_KEY_DEFAULT_PER_MINUTE,
  RATE_LIMIT_TIER_FOR_ROLE,
  RevocationUnavailableError,
  TokenRevokedError,
  authErrorExtensions,
  isAuthError,
  parseAuthorization,
  revocationCheckFor,
  signIdentityAssertion,
  type AccessTokenVerifier,
  type Identity,
  type Role,
  type TokenRevocations,
  type VerifiedAccessToken,
} from '@media-gateway/auth';
import type { Access } from './checkFieldAccess.js';
import type { RateLimitSubject } from '../http/applyRateLimit.js';

/** A usable API key, as the identity service resolves it. */
export interface FoundApiKey {
  userId: string;
  apiKeyId: string;
  role: Role;
  scopes: string[];
  rateLimitPerMinute?: number;
  /**
   * When the key stops working; a cache (`cachedApiKeyLookup`) never keeps it past this. Null: never expires.
   * Absent: not known to the lookup, so a cache keeps it only for its TTL.
   */
  expiresAt?: Date | null;
}

/** What an API key resolves to; null when no usable key has that value (unknown, revoked or expired). */
export type ApiKeyLookup = (key: string) => Promise<FoundApiKey | null>;

export interface AuthenticatorOptions {
  /** Verifies bearer access tokens; without it, a request that presents one is refused. */
  accessTokens?: AccessTokenVerifier;
  /** Resolves API keys; without it, a request that presents one is refused. Wrap it with `cachedApiKeyLookup`. */
  apiKeys?: ApiKeyLookup;
  /**
   * The access-token denylist (§6), checked for every verified bearer token: a revoked one is 401 `TOKEN_REVOKED`.
   * When the list cannot be read the request is refused with 503 `REVOCATION_UNAVAILABLE` (auth fails closed, §15;
   * only rate limiting fails open). Without it, a token is good until it expires.
   */
  revocations?: Pick<TokenRevocations, 'isRevoked'>;
  /** Told why the denylist could not be read (the client only hears "retry later"); errors it throws are ignored. */
  onRevocationStoreError?(error: unknown): void;
  /** Signs the identity the router forwards to subgraphs (≥ 32 bytes, shared with them). */
  assertionSecret: string;
}

export interface Authenticated {
  identity: Identity;
  access: Access;
  /** The signed `x-mg-identity` value for subgraph fetches. */
  assertion: string;
  /** Whose rate-limit counter this request counts against, and under which policy. */
  rateLimit: RateLimitSubject;
  /**
   * When the credential stops being valid: the access token's `exp`, or the API key's `expiresAt`. Null when it
   * never does (anonymous, a key without expiry). Long-lived connections (subscriptions) are closed at this instant.
   * Absent from authenticators that do not know it.
   */
  expiresAt?: Date | null;
}

type Headers = Record<string, string | string[] | undefined>;

interface Identified {
  identity: Identity;
  apiKeyPerMinute?: number;
  expiresAt: Date | null;
}

/**
 * Decides who the caller is from `Authorization: Bearer <jwt | mg_live_…>` or `x-api-key`, once per request. No
 * credential is anonymous; a credential that fails is a 401 (or the verifier's own status), never anonymous, so a
 * client with a broken token learns it instead of silently losing its data.
 */
export function createAuthenticator(options: AuthenticatorOptions): (headers: Headers, clientIp?: string) => Promise<Authenticated> {
  return async (headers, clientIp = 'unknown') => {
    const { identity, apiKeyPerMinute, expiresAt } = await identify(headers, options);
    const scopes = identity.kind === 'anonymous' ? [] : identity.scopes;
    return {
      identity,
      access: { authenticated: identity.kind !== 'anonymous', scopes },
      assertion: await signIdentityAssertion(identity, { secret: options.assertionSecret }),
      rateLimit: rateLimitSubject(identity, clientIp, apiKeyPerMinute),
      expiresAt,
    };
  };
}

function rateLimitSubject(identity: Identity, clientIp: string, apiKeyPerMinute: number | undefined): RateLimitSubject {
  switch (identity.kind) {
    case 'anonymous':
      return { subject: `ip:${clientIp}`, policy: { tier: 'anonymous' } };
    case 'user':
      return { subject: `user:${identity.userId}`, policy: { tier: RATE_LIMIT_TIER_FOR_ROLE[identity.role] } };
    case 'api_key':
      return { subject: `key:${identity.apiKeyId}`, policy: { perMinute: apiKeyPerMinute ?? API_KEY_DEFAULT_PER_MINUTE } };
    case 'service':
      return { subject: `client:${identity.clientId}`, policy: { tier: 'enterprise' } };
  }
}

async function identify(headers: Headers, options: AuthenticatorOptions): Promise<Identified> {
  try {
    const apiKeyHeader = single(headers['x-api-key']);
    const credential = apiKeyHeader ? { kind: 'api_key' as const, key: apiKeyHeader } : parseAuthorization(single(headers.authorization));
    if (credential.kind === 'none') return { identity: ANONYMOUS, expiresAt: null };
    if (credential.kind === 'api_key') {
      const found = options.apiKeys ? await options.apiKeys(credential.key) : null;
      if (!found) throw unauthenticated('The API key is not valid (unknown, revoked or expired).');
      const { userId, apiKeyId, role, scopes, rateLimitPerMinute } = found;
      return { identity: { kind: 'api_key', userId, apiKeyId, role, scopes }, apiKeyPerMinute: rateLimitPerMinute, expiresAt: found.expiresAt ?? null };
    }
    if (!options.accessTokens) throw unauthenticated('This router accepts no access tokens: no identity provider is configured.');
    const token = await options.accessTokens.verify(credential.token);
    await refuseRevoked(options, token);
    // Client-credentials tokens speak for the client itself (RFC 9068 §2.2: sub is the client id).
    const { expiresAt } = token;
    if (token.sub === token.clientId) return { identity: { kind: 'service', clientId: token.clientId, scopes: token.scopes }, expiresAt };
    return { identity: { kind: 'user', userId: token.sub, role: token.role ?? 'free', scopes: token.scopes, tokenId: token.tokenId }, expiresAt };
  } catch (error) {
    if (isAuthError(error)) throw new GraphQLError(error.message, { extensions: { ...authErrorExtensions(error) } });
    throw error;
  }
}

/**
 * Checked after the signature, so a forged token never costs a store round trip. A store failure is not the
 * token's fault, so it is a 503 clients retry, not a 401 that would make them drop their tokens.
 */
async function refuseRevoked(options: AuthenticatorOptions, token: VerifiedAccessToken): Promise<void> {
  const { revocations, onRevocationStoreError } = options;
  if (!revocations) return;
  let revoked: boolean;
  try {
    revoked = await revocations.isRevoked(revocationCheckFor(token));
  } catch (error) {
    try {
      onRevocationStoreError?.(error);
    } catch {
      // A broken logger must not turn a 503 into a 500.
    }
    // The cause stays server-side: a Redis error names internal hosts and ports.
    throw new RevocationUnavailableError('The token revocation list could not be checked; retry later.', { cause: error });
  }
  if (revoked) throw new TokenRevokedError('The access token was revoked; sign in again.');
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
