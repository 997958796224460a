/**
 * The closed set of errors this package raises for untrusted input (spec §6): access tokens the router is handed
 * and identity assertions a subgraph is handed. Caller misuse (a bad option) is a `TypeError` naming the option,
 * never one of these.
 *
 * Each entry says what GraphQL `extensions.code` and HTTP status the error becomes. Everything a client can fix by
 * signing in again is `UNAUTHENTICATED`/401. `KEYS_UNAVAILABLE` and `REVOCATION_UNAVAILABLE` are deliberately not:
 * clients answer `UNAUTHENTICATED` by dropping their tokens and sending the user to the login screen, which would
 * turn a JWKS or Redis outage into a mass logout. They are `INTERNAL_SERVER_ERROR` (the code this repo already uses
 * for server faults) with status 503, so clients and load balancers read them as "retry later".
 *
 * Codes are never removed: a retired code moves to `REMOVED_AUTH_ERRORS` with its reason.
 */
export const AUTH_ERRORS = {
  TOKEN_MISSING: {
    description: 'An access token was required but none was sent.',
    extensionsCode: 'UNAUTHENTICATED',
    httpStatus: 401,
    addedIn: '0.1.0',
  },
  TOKEN_MALFORMED: {
    description: 'The credential is not a compact JWS / `Bearer <token>` value, or its header or claims are not JSON.',
    extensionsCode: 'UNAUTHENTICATED',
    httpStatus: 401,
    addedIn: '0.1.0',
  },
  TOKEN_EXPIRED: {
    description: 'The access token expired (beyond the allowed clock skew).',
    extensionsCode: 'UNAUTHENTICATED',
    httpStatus: 401,
    addedIn: '0.1.0',
  },
  TOKEN_INVALID: {
    description:
      'The access token failed verification: signature, issuer, audience, algorithm (only RS256), missing `kid`, ' +
      'a `kid` not in the key set, or a required claim missing or mistyped.',
    extensionsCode: 'UNAUTHENTICATED',
    httpStatus: 401,
    addedIn: '0.1.0',
  },
  TOKEN_NOT_YET_VALID: {
    description: 'The access token `nbf` is in the future (beyond the allowed clock skew).',
    extensionsCode: 'UNAUTHENTICATED',
    httpStatus: 401,
    addedIn: '0.1.0',
  },
  KEYS_UNAVAILABLE: {
    description:
      'The verification keys could not be loaded (JWKS endpoint down, slow, or serving a broken key set). The token ' +
      'may be fine; retry later.',
    extensionsCode: 'INTERNAL_SERVER_ERROR',
    httpStatus: 503,
    addedIn: '0.1.0',
  },
  TOKEN_REVOKED: {
    description:
      'The access token verified but was revoked before it expired: its `jti` is on the denylist, its grant (token ' +
      'family) was revoked, or every token of its user issued until a cut-off was (password change, suspension).',
    extensionsCode: 'UNAUTHENTICATED',
    httpStatus: 401,
    addedIn: '0.1.0',
  },
  REVOCATION_UNAVAILABLE: {
    description:
      'The revocation denylist could not be read (Redis down or too slow). The token may be fine, but auth fails ' +
      'closed (§15 "Deny on error"); retry later.',
    extensionsCode: 'INTERNAL_SERVER_ERROR',
    httpStatus: 503,
    addedIn: '0.1.0',
  },
  IDENTITY_INVALID: {
    description:
      'A subgraph got an `x-mg-identity` assertion it cannot trust: tampered, wrong issuer/audience/algorithm, ' +
      'malformed, sent twice, or empty. Never downgraded to anonymous.',
    extensionsCode: 'UNAUTHENTICATED',
    httpStatus: 401,
    addedIn: '0.1.0',
  },
  IDENTITY_EXPIRED: {
    description: 'A subgraph got an `x-mg-identity` assertion past its short lifetime.',
    extensionsCode: 'UNAUTHENTICATED',
    httpStatus: 401,
    addedIn: '0.1.0',
  },
} as const satisfies Record<string, AuthErrorDescriptor>;

export interface AuthErrorDescriptor {
  description: string;
  /** GraphQL `extensions.code` the error maps to. */
  extensionsCode: 'UNAUTHENTICATED' | 'INTERNAL_SERVER_ERROR';
  httpStatus: number;
  /** Package version that introduced the code. */
  addedIn: string;
}

/** Retired codes, kept so a client that still sees one can look it up. */
export const REMOVED_AUTH_ERRORS: readonly { code: string; removedIn: string; reason: string }[] = [];

export type AuthErrorCode = keyof typeof AUTH_ERRORS;

/** Base of every error below; `switch (error.code)` narrows `AnyAuthError`. */
export abstract class AuthError extends Error {
  abstract readonly code: AuthErrorCode;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class TokenMissingError extends AuthError {
  static readonly code = 'TOKEN_MISSING' as const;
  readonly code = 'TOKEN_MISSING' as const;
}

export class TokenMalformedError extends AuthError {
  static readonly code = 'TOKEN_MALFORMED' as const;
  readonly code = 'TOKEN_MALFORMED' as const;
}

export class TokenExpiredError extends AuthError {
  static readonly code = 'TOKEN_EXPIRED' as const;
  readonly code = 'TOKEN_EXPIRED' as const;
}

export class TokenInvalidError extends AuthError {
  static readonly code = 'TOKEN_INVALID' as const;
  readonly code = 'TOKEN_INVALID' as const;
}

export class TokenNotYetValidError extends AuthError {
  static readonly code = 'TOKEN_NOT_YET_VALID' as const;
  readonly code = 'TOKEN_NOT_YET_VALID' as const;
}

export class KeysUnavailableError extends AuthError {
  static readonly code = 'KEYS_UNAVAILABLE' as const;
  readonly code = 'KEYS_UNAVAILABLE' as const;
}

export class TokenRevokedError extends AuthError {
  static readonly code = 'TOKEN_REVOKED' as const;
  readonly code = 'TOKEN_REVOKED' as const;
}

export class RevocationUnavailableError extends AuthError {
  static readonly code = 'REVOCATION_UNAVAILABLE' as const;
  readonly code = 'REVOCATION_UNAVAILABLE' as const;
}

export class IdentityInvalidError extends AuthError {
  static readonly code = 'IDENTITY_INVALID' as const;
  readonly code = 'IDENTITY_INVALID' as const;
}

export class IdentityExpiredError extends AuthError {
  static readonly code = 'IDENTITY_EXPIRED' as const;
  readonly code = 'IDENTITY_EXPIRED' as const;
}

export type AnyAuthError =
  | TokenMissingError
  | TokenMalformedError
  | TokenExpiredError
  | TokenInvalidError
  | TokenNotYetValidError
  | KeysUnavailableError
  | TokenRevokedError
  | RevocationUnavailableError
  | IdentityInvalidError
  | IdentityExpiredError;

export function isAuthError(value: unknown): value is AnyAuthError {
  return value instanceof AuthError;
}

/** What to put in a GraphQL error's `extensions` for an auth error. */
export interface AuthErrorExtensions {
  /** `UNAUTHENTICATED`, or `INTERNAL_SERVER_ERROR` for `KEYS_UNAVAILABLE` and `REVOCATION_UNAVAILABLE`. */
  code: AuthErrorDescriptor['extensionsCode'];
  /** The precise reason, so a client can tell "refresh the token" (`TOKEN_EXPIRED`) from "sign in again". */
  authCode: AuthErrorCode;
  /** Apollo Server lifts this into the response status and strips it from the body. */
  http: { status: number };
}

/**
 * Extensions for the GraphQL error the router or a subgraph raises from an auth error. This package does not
 * depend on `graphql` (a second copy would break `instanceof GraphQLError`), so the caller builds the error:
 * `new GraphQLError(error.message, { extensions: authErrorExtensions(error), originalError: error })`.
 */
export function authErrorExtensions(error: AnyAuthError): AuthErrorExtensions {
  const descriptor: AuthErrorDescriptor = AUTH_ERRORS[error.code];
  return { code: descriptor.extensionsCode, authCode: error.code, http: { status: descriptor.httpStatus } };
}
