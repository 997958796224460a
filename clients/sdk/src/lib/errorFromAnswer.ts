import { MediaGatewayError, type GraphQLErrorLike, type MediaGatewayErrorCode } from '../errors.js';

/**
 * Server `extensions.code` values (router, auth, subgraphs) and the SDK code each one becomes. Anything not listed
 * falls back on the HTTP status. Kept here, beside the only function that reads it, so adding a server code is one
 * line.
 */
const SERVER_CODES: Readonly<Record<string, MediaGatewayErrorCode>> = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  TOKEN_MISSING: 'UNAUTHENTICATED',
  TOKEN_MALFORMED: 'UNAUTHENTICATED',
  TOKEN_EXPIRED: 'UNAUTHENTICATED',
  TOKEN_INVALID: 'UNAUTHENTICATED',
  TOKEN_NOT_YET_VALID: 'UNAUTHENTICATED',
  TOKEN_REVOKED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  DEVICE_OFFLINE: 'CONFLICT',
  DEVICE_NOT_CONTROLLABLE: 'CONFLICT',
  DEVICE_LIMIT_REACHED: 'CONFLICT',
  NOTHING_PLAYING: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  QUERY_TOO_DEEP: 'LIMIT_EXCEEDED',
  QUERY_TOO_COMPLEX: 'LIMIT_EXCEEDED',
  TOO_MANY_ALIASES: 'LIMIT_EXCEEDED',
  QUERY_TOO_LARGE: 'LIMIT_EXCEEDED',
  PAYLOAD_TOO_LARGE: 'LIMIT_EXCEEDED',
  TOO_MANY_SUBSCRIPTIONS: 'LIMIT_EXCEEDED',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_REQUEST',
  // The router's safelist refusing operation text; the SDK only ever sends ids, so seeing it is an SDK bug.
  PERSISTED_QUERY_REQUIRED: 'BAD_REQUEST',
  GRAPHQL_PARSE_FAILED: 'BAD_REQUEST',
  GRAPHQL_VALIDATION_FAILED: 'BAD_REQUEST',
  BAD_REQUEST: 'BAD_REQUEST',
  UNSUPPORTED_MEDIA_TYPE: 'BAD_REQUEST',
  SLOW_CONSUMER: 'SLOW_CONSUMER',
  SUBGRAPH_UNAVAILABLE: 'UNAVAILABLE',
  SUBGRAPH_TIMEOUT: 'UNAVAILABLE',
  KEYS_UNAVAILABLE: 'UNAVAILABLE',
  REVOCATION_UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL',
  SUBGRAPH_ERROR: 'INTERNAL',
};

/** The SDK code for a server code and HTTP status (either may be missing). */
export function codeFor(serverCode: string | undefined, status: number | undefined): MediaGatewayErrorCode {
  const mapped = serverCode === undefined ? undefined : SERVER_CODES[serverCode];
  // auth reports a JWKS or Redis outage as INTERNAL_SERVER_ERROR with 503: "retry later", not a server bug.
  if (mapped === 'INTERNAL' && (status === 502 || status === 503 || status === 504)) return 'UNAVAILABLE';
  if (mapped) return mapped;
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'LIMIT_EXCEEDED';
    case 429:
      return 'RATE_LIMITED';
    case 502:
    case 503:
    case 504:
      return 'UNAVAILABLE';
    default:
      return 'INTERNAL';
  }
}

/** The first error's `extensions.code`, when it is a string. */
export function serverCodeOf(errors: ReadonlyArray<GraphQLErrorLike> | undefined): string | undefined {
  const code = errors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Seconds to wait, from `Retry-After` (delta-seconds or an HTTP date, RFC 9110 §10.2.3) or else the router's
 * `extensions.retryAfterSeconds` (which the socket transport carries, having no headers).
 */
export function retryAfterOf(headers: Headers | undefined, errors: ReadonlyArray<GraphQLErrorLike> | undefined, now = Date.now()): number | undefined {
  const header = headers?.get('retry-after')?.trim();
  if (header) {
    if (/^\d+$/.test(header)) return Number(header);
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  for (const error of errors ?? []) {
    const value = error.extensions?.retryAfterSeconds;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  }
  return undefined;
}

/** The error for a GraphQL answer that carries errors (or a failed status without any). */
export function errorFromAnswer(status: number | undefined, errors: ReadonlyArray<GraphQLErrorLike> | undefined, headers?: Headers): MediaGatewayError {
  const serverCode = serverCodeOf(errors);
  const code = codeFor(serverCode, status);
  const message = errors?.[0]?.message ?? (status === undefined ? 'The server answered with an error.' : `The server answered HTTP ${status}.`);
  return new MediaGatewayError(code, message, { status, errors: errors ?? [], retryAfterSeconds: retryAfterOf(headers, errors), serverCode });
}
