import { GraphQLError } from 'graphql';
import { IDENTITY_HEADER, isRole, signIdentityAssertion } from '@media-gateway/auth';
import { API_KEY_LOOKUP_CALLER, API_KEY_LOOKUP_PATH } from '@media-gateway/identity/server';
import { upstreamError } from '../gateway/upstreamErrors.js';
import type { ApiKeyLookup } from './createAuthenticator.js';

export interface RemoteApiKeyLookupOptions {
  /** The identity server's origin inside the cluster. @example 'http://identity:4002' */
  url: string;
  /** Signs the router's own `x-mg-identity` assertion, which the endpoint requires. */
  assertionSecret: string;
  /** Deadline for the whole lookup, body included. */
  timeoutMs: number;
  /** Where failures are reported; the key never is. */
  logger?: { error(details: object, message: string): void };
}

/**
 * The router's `ApiKeyLookup` when the identity service is another process: `POST /internal/api-keys/lookup` on the
 * identity server, authenticated as the service identity `router`. 404 is "no usable key" (null, so the caller gets
 * 401); anything else that is not a well-formed identity (unreachable, slow, 5xx, a 401 from a secret mismatch, a
 * body of the wrong shape) denies the request with a typed upstream error and HTTP 503, never lets it through and
 * never reads as a bad key, so a client does not throw away a key that is fine.
 */
export function remoteApiKeyLookup(options: RemoteApiKeyLookupOptions): ApiKeyLookup {
  const endpoint = new URL(API_KEY_LOOKUP_PATH, options.url);
  return async (key) => {
    const assertion = await signIdentityAssertion({ kind: 'service', clientId: API_KEY_LOOKUP_CALLER, scopes: [] }, { secret: options.assertionSecret });
    let status: number | undefined;
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: assertion },
        body: JSON.stringify({ key }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      status = response.status;
      const body: unknown = await response.json().catch(() => undefined);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const identity = readApiKeyIdentity(body);
      if (!identity) throw new Error('the answer is not an API-key identity');
      return identity;
    } catch (cause) {
      options.logger?.error({ err: cause, status, endpoint: endpoint.href }, 'API-key lookup at the identity service failed');
      throw lookupFailed(cause, status);
    }
  };
}

type Found = NonNullable<Awaited<ReturnType<ApiKeyLookup>>>;

function readApiKeyIdentity(value: unknown): Found | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { userId, apiKeyId, role, scopes, rateLimitPerMinute, expiresAt } = value as Record<string, unknown>;
  if (typeof userId !== 'string' || userId === '' || typeof apiKeyId !== 'string' || apiKeyId === '' || !isRole(role)) return undefined;
  if (!Array.isArray(scopes) || !scopes.every((scope) => typeof scope === 'string')) return undefined;
  if (rateLimitPerMinute !== undefined && !(Number.isInteger(rateLimitPerMinute) && (rateLimitPerMinute as number) > 0)) return undefined;
  // JSON carries the expiry as an ISO string; null (or absent) is a key that never expires.
  const expiry = typeof expiresAt === 'string' ? new Date(expiresAt) : expiresAt;
  if (expiry !== undefined && expiry !== null && !(expiry instanceof Date && Number.isFinite(expiry.getTime()))) return undefined;
  return {
    userId,
    apiKeyId,
    role,
    scopes: [...(scopes as string[])],
    ...(rateLimitPerMinute !== undefined ? { rateLimitPerMinute: rateLimitPerMinute as number } : {}),
    ...(expiry !== undefined ? { expiresAt: expiry } : {}),
  };
}

/** The router's upstream error for the identity service, as a 503: the caller may retry, its key is not at fault. */
function lookupFailed(cause: unknown, status: number | undefined): GraphQLError {
  // A status means the server answered; a malformed 200 is reported like an HTTP error too.
  const upstream = upstreamError('identity', cause, status);
  return new GraphQLError(upstream.message, {
    extensions: { ...upstream.extensions, http: { status: 503 } },
    ...(cause instanceof Error ? { originalError: cause } : {}),
  });
}
