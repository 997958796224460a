import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { identityFromHeaders, isAuthError } from '@media-gateway/auth';
import type { ApiKeyIdentity } from '../apiKey/lookupApiKey.js';
import { identityError, type IdentityErrorCode } from '../errors.js';

/** Where the router resolves an API key in distributed mode: `POST { key }` → `ApiKeyIdentity`, or 404. */
export const API_KEY_LOOKUP_PATH = '/internal/api-keys/lookup';

/** The service identity the router signs for its own calls; the only caller the lookup answers. */
export const API_KEY_LOOKUP_CALLER = 'router';

export interface ApiKeyLookupRouteOptions {
  /** `IdentityService.lookupApiKey`. */
  lookupApiKey(key: string): Promise<ApiKeyIdentity | null>;
  /** The secret the router signs `x-mg-identity` with. */
  assertionSecret: string;
}

/** Far above `mg_live_` + 32 characters; anything longer is not a key and not worth parsing. */
const BODY_LIMIT = 1024;

/**
 * The internal endpoint that lets a router in another process act for an API key, as the embedded router does by
 * calling `lookupApiKey` directly. Only the router may ask: the request must carry an `x-mg-identity` assertion,
 * signed with the shared secret, for the service identity `router`. Anything else (no assertion, a user's, a bad
 * signature, an expired one) is 401 before the body is read, so the endpoint cannot be used to test keys.
 *
 * The key travels in the body, never the URL, so access logs cannot capture it; nothing here logs it either.
 * Answers: 200 with the identity, 404 for a key that may not act (unknown, revoked, expired, owner suspended),
 * 400 for a body without a string `key`.
 */
export function registerApiKeyLookupRoute(app: FastifyInstance, options: ApiKeyLookupRouteOptions): void {
  app.post(API_KEY_LOOKUP_PATH, {
    bodyLimit: BODY_LIMIT,
    onRequest: async (request, reply) => {
      const refusal = await refuseUnlessRouter(request, options.assertionSecret);
      if (refusal) return fail(reply, 401, 'UNAUTHENTICATED', refusal);
    },
    handler: async (request, reply) => {
      const key = (request.body as { key?: unknown } | null | undefined)?.key;
      if (typeof key !== 'string' || key.length === 0) return fail(reply, 400, 'BAD_USER_INPUT', 'The body must be JSON { "key": "<api key>" }');
      const found = await options.lookupApiKey(key);
      if (!found) return fail(reply, 404, 'NOT_FOUND', 'No usable API key has that value');
      return reply.header('cache-control', 'no-store').send(found);
    },
  });
}

async function refuseUnlessRouter(request: FastifyRequest, secret: string): Promise<string | undefined> {
  try {
    const caller = await identityFromHeaders(request.headers, { secret });
    if (caller.kind === 'service' && caller.clientId === API_KEY_LOOKUP_CALLER) return undefined;
    return 'Only the router may look up API keys';
  } catch (error) {
    if (isAuthError(error)) return error.message;
    throw error;
  }
}

function fail(reply: FastifyReply, status: number, code: IdentityErrorCode, message: string) {
  return reply
    .status(status)
    .header('cache-control', 'no-store')
    .send({ errors: [identityError(code, message).toJSON()] });
}
