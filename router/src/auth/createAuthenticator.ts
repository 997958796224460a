import { GraphQLError } from 'graphql';
import {
  ANONYMOUS,
  API_KEY_DEFAULT_PER_MINUTE,
  RATE_LIMIT_TIER_FOR_ROLE,
  authErrorExtensions,
  isAuthError,
  parseAuthorization,
  signIdentityAssertion,
  type AccessTokenVerifier,
  type Identity,
  type Role,
} from '@media-gateway/auth';
import type { Access } from './checkFieldAccess.js';
import type { RateLimitSubject } from '../http/applyRateLimit.js';

/** What an API key resolves to; null when no usable key has that value (unknown, revoked or expired). */
export type ApiKeyLookup = (
  key: string,
) => Promise<{ userId: string; apiKeyId: string; role: Role; scopes: string[]; rateLimitPerMinute?: number } | null>;

export interface AuthenticatorOptions {
  /** Verifies bearer access tokens; without it, a request that presents one is refused. */
  accessTokens?: AccessTokenVerifier;
  /** Resolves API keys; without it, a request that presents one is refused. */
  apiKeys?: ApiKeyLookup;
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
}

type Headers = Record<string, string | string[] | undefined>;

interface Identified {
  identity: Identity;
  apiKeyPerMinute?: number;
}

/**
 * Decides who the caller is from `Authorization: Bearer <jwt | mg_live_…>` or `x-api-key`, once per request. No
 * credential is anonymous; a credential that fails is a 401 (or the verifier's own status), never anonymous, so a
 * client with a broken token learns it instead of silently losing its data.
 */
export function createAuthenticator(options: AuthenticatorOptions): (headers: Headers, clientIp?: string) => Promise<Authenticated> {
  return async (headers, clientIp = 'unknown') => {
    const { identity, apiKeyPerMinute } = await identify(headers, options);
    const scopes = identity.kind === 'anonymous' ? [] : identity.scopes;
    return {
      identity,
      access: { authenticated: identity.kind !== 'anonymous', scopes },
      assertion: await signIdentityAssertion(identity, { secret: options.assertionSecret }),
      rateLimit: rateLimitSubject(identity, clientIp, apiKeyPerMinute),
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
    if (credential.kind === 'none') return { identity: ANONYMOUS };
    if (credential.kind === 'api_key') {
      const found = options.apiKeys ? await options.apiKeys(credential.key) : null;
      if (!found) throw unauthenticated('The API key is not valid (unknown, revoked or expired).');
      const { rateLimitPerMinute, ...key } = found;
      return { identity: { kind: 'api_key', ...key }, apiKeyPerMinute: rateLimitPerMinute };
    }
    if (!options.accessTokens) throw unauthenticated('This router accepts no access tokens: no identity provider is configured.');
    const token = await options.accessTokens.verify(credential.token);
    // Client-credentials tokens speak for the client itself (RFC 9068 §2.2: sub is the client id).
    if (token.sub === token.clientId) return { identity: { kind: 'service', clientId: token.clientId, scopes: token.scopes } };
    return { identity: { kind: 'user', userId: token.sub, role: token.role ?? 'free', scopes: token.scopes, tokenId: token.tokenId } };
  } catch (error) {
    if (isAuthError(error)) throw new GraphQLError(error.message, { extensions: { ...authErrorExtensions(error) } });
    throw error;
  }
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
