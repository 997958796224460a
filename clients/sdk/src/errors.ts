/**
 * The closed set of error codes the SDK raises (STYLE.md "one errors module with stable codes"). Every failure a
 * caller sees — an HTTP answer, a GraphQL error, a dropped socket, an OAuth refusal — is a `MediaGatewayError` with
 * one of these, so a caller can `switch (error.code)`. The server's own `extensions.code` stays available as
 * `serverCode` for the cases a caller wants to tell apart within one code (e.g. DEVICE_OFFLINE within CONFLICT).
 *
 * Codes are never removed: a retired code moves to `REMOVED_SDK_ERRORS` with its reason.
 */
export const SDK_ERRORS = {
  UNAUTHENTICATED: {
    description: 'No credential, or the access token was refused (expired, revoked, malformed) and a refresh did not help. Sign in again.',
    addedIn: '0.1.0',
  },
  FORBIDDEN: { description: 'Signed in, but the token lacks the scope or role the operation needs.', addedIn: '0.1.0' },
  NOT_FOUND: { description: 'The thing named does not exist or is not the caller’s (ownership is answered as not found).', addedIn: '0.1.0' },
  BAD_USER_INPUT: { description: 'An argument was refused; `errors[0].extensions.problems` lists each problem when the server gave them.', addedIn: '0.1.0' },
  CONFLICT: {
    description: 'The current state forbids the change (watchlist full, device offline or not controllable, device limit reached, nothing playing).',
    addedIn: '0.1.0',
  },
  RATE_LIMITED: { description: 'Too many requests; wait `retryAfterSeconds` before trying again.', addedIn: '0.1.0' },
  LIMIT_EXCEEDED: { description: 'The operation is over one of the router’s query limits (depth, cost, aliases, size, subscriptions per connection).', addedIn: '0.1.0' },
  PERSISTED_QUERY_NOT_FOUND: {
    description: 'The router does not know the operation id: the SDK and the router were built from different manifests. Never retried with the body.',
    addedIn: '0.1.0',
  },
  BAD_REQUEST: { description: 'The router could not read the request (parse or validation failure, unsupported media type): an SDK or manifest bug.', addedIn: '0.1.0' },
  UNAVAILABLE: { description: 'A service the router depends on is down or slow (503/504, 1013 on a socket); retry later.', addedIn: '0.1.0' },
  INTERNAL: { description: 'The server failed unexpectedly, or answered something the SDK cannot read.', addedIn: '0.1.0' },
  NETWORK: { description: 'The request or socket never got an answer (DNS, refused connection, reset, offline).', addedIn: '0.1.0' },
  ABORTED: { description: 'The caller’s AbortSignal fired.', addedIn: '0.1.0' },
  SLOW_CONSUMER: { description: 'The router closed the subscription socket (4413) because events were read too slowly; it is reconnected unless retries run out.', addedIn: '0.1.0' },
  DEVICE_CODE_EXPIRED: { description: 'Device login: the user code expired before the user approved it (RFC 8628 `expired_token`). Start again.', addedIn: '0.1.0' },
  ACCESS_DENIED: { description: 'Device login: the user declined the request (RFC 8628 `access_denied`).', addedIn: '0.1.0' },
  INVALID_GRANT: { description: 'The refresh token was refused (expired, revoked or already used); the stored tokens were cleared. Sign in again.', addedIn: '0.1.0' },
  OAUTH_ERROR: { description: 'The OAuth server answered another error (`errors[0].extensions.error` holds its RFC 6749 code), or its metadata is unusable.', addedIn: '0.1.0' },
} as const satisfies Record<string, { description: string; addedIn: string }>;

export type MediaGatewayErrorCode = keyof typeof SDK_ERRORS;

/** Retired codes and why; empty so far. */
export const REMOVED_SDK_ERRORS: Readonly<Record<string, { reason: string; removedIn: string }>> = {};

/** A GraphQL error as it travels (the JSON form). */
export interface GraphQLErrorLike {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export interface MediaGatewayErrorOptions {
  status?: number | undefined;
  errors?: ReadonlyArray<GraphQLErrorLike>;
  retryAfterSeconds?: number | undefined;
  /** The server's `extensions.code` (or OAuth `error`), when it differs from or refines `code`. */
  serverCode?: string | undefined;
  cause?: unknown;
}

export class MediaGatewayError extends Error {
  readonly code: MediaGatewayErrorCode;
  /** HTTP status when there was one. */
  readonly status: number | undefined;
  readonly errors: ReadonlyArray<GraphQLErrorLike>;
  readonly retryAfterSeconds: number | undefined;
  readonly serverCode: string | undefined;

  constructor(code: MediaGatewayErrorCode, message: string, options: MediaGatewayErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MediaGatewayError';
    this.code = code;
    this.status = options.status;
    this.errors = options.errors ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.serverCode = options.serverCode;
  }

  /** `extensions.problems` of the first error (the sync and other subgraphs list every bad argument there). */
  get problems(): string[] {
    const problems = this.errors[0]?.extensions?.problems;
    return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : [];
  }
}

export function isMediaGatewayError(error: unknown, code?: MediaGatewayErrorCode): error is MediaGatewayError {
  return error instanceof MediaGatewayError && (code === undefined || error.code === code);
}
