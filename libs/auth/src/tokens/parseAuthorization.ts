import { TokenMalformedError } from '../errors.js';

/** API keys are `mg_live_` + 32 alphanumerics (spec §6, "API keys"). */
export const API_KEY_PREFIX = 'mg_live_';

export type AuthorizationCredential = { kind: 'bearer'; token: string } | { kind: 'api_key'; key: string } | { kind: 'none' };

/** RFC 6750 §2.1 `b64token`: the only characters a Bearer credential may contain. */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * Reads an `Authorization` header. `Bearer mg_live_…` is an API key, any other Bearer value an access token, and
 * no header (or a blank one) is `none`. The caller handles an `x-api-key` header itself and gives it precedence
 * rules of its own.
 *
 * A header that is present but not `Bearer <b64token>` (another scheme, no token, spaces inside) throws instead of
 * reading as `none`: a client that believes it sent a credential must hear that it was unusable, not be served as
 * anonymous. The scheme name is case-insensitive (RFC 9110 §11.1).
 *
 * @throws TokenMalformedError for a present but unusable header.
 */
export function parseAuthorization(header: string | null | undefined): AuthorizationCredential {
  const value = header?.trim();
  if (!value) return { kind: 'none' };
  const match = /^(\S+)[ \t]+(\S+)$/.exec(value);
  if (!match || match[1]?.toLowerCase() !== 'bearer') {
    throw new TokenMalformedError('The Authorization header must be "Bearer <token>"');
  }
  const credential = match[2] ?? '';
  if (!B64TOKEN.test(credential)) throw new TokenMalformedError('The Bearer credential contains characters a token cannot have');
  return credential.startsWith(API_KEY_PREFIX) ? { kind: 'api_key', key: credential } : { kind: 'bearer', token: credential };
}
