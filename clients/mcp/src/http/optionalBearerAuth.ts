import type { RequestHandler, Response } from 'express';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
// Brings in the SDK's `Request.auth` declaration, which its Streamable HTTP transport reads.
import type {} from '@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js';
import { isAuthError } from '@media-gateway/auth';
import type { Logger } from '@media-gateway/runtime';
import { SUBJECT_EXTRA } from '../auth/callerOf.js';
import type { TokenAuthenticator } from '../auth/createTokenAuthenticator.js';
import { jsonRpcError } from './jsonRpcError.js';

export interface OptionalBearerAuthOptions {
  authenticator: TokenAuthenticator;
  /** Named in every `WWW-Authenticate` challenge (RFC 9728 §5.1), so a client can find where to sign in. */
  resourceMetadataUrl: string;
  logger: Logger;
}

/**
 * Bearer auth where signing in is optional: anonymous callers may use the public tools (§11), so a request without
 * `Authorization` passes as anonymous, limited per client IP. A token that is presented must verify: a bad one is a
 * 401 with `WWW-Authenticate: Bearer error="invalid_token", resource_metadata="…"` (MCP authorization, RFC 6750
 * §3), never silently treated as anonymous, which would hide an expired token behind "this tool needs sign-in".
 *
 * Every request leaves with `req.auth` set, so handlers tell callers apart in one way: an anonymous caller's
 * `AuthInfo` has an empty token.
 */
export function optionalBearerAuth(options: OptionalBearerAuthOptions): RequestHandler {
  const challenge = (res: Response, status: number, error: string, description: string) => {
    res.set('WWW-Authenticate', `Bearer error="${error}", error_description="${description.replace(/["\\]/g, "'")}", resource_metadata="${options.resourceMetadataUrl}"`);
    res.status(status).json({ error, error_description: description });
  };

  return async (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) {
      const anonymous: AuthInfo = { token: '', clientId: '', scopes: [], extra: { [SUBJECT_EXTRA]: `ip:${req.socket.remoteAddress ?? 'unknown'}` } };
      req.auth = anonymous;
      return next();
    }
    const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(header);
    if (!match) return challenge(res, 400, 'invalid_request', 'The Authorization header must be "Bearer <access token>".');
    try {
      const caller = await options.authenticator.verify(match[1]!);
      req.auth = {
        token: caller.token,
        clientId: caller.clientId,
        scopes: caller.scopes,
        expiresAt: caller.expiresAt,
        extra: { [SUBJECT_EXTRA]: `sub:${caller.subject}` },
      };
      next();
    } catch (error) {
      if (isAuthError(error) && (error.code === 'KEYS_UNAVAILABLE' || error.code === 'REVOCATION_UNAVAILABLE')) {
        // Our fault, not the token's: "sign in again" would be the wrong advice (see AUTH_ERRORS).
        options.logger.warn({ err: error.message }, 'mcp: cannot verify tokens');
        res.set('Retry-After', '5');
        return jsonRpcError(res, 503, -32603, 'Sign-in cannot be checked right now; retry shortly.');
      }
      if (isAuthError(error)) {
        const description = error.code === 'TOKEN_EXPIRED' ? 'The access token expired.' : 'The access token is not valid.';
        return challenge(res, 401, 'invalid_token', description);
      }
      next(error);
    }
  };
}
