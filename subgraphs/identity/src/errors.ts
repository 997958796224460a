import { GraphQLError } from 'graphql';

/**
 * The closed set of error codes the identity subgraph answers with. Resolvers throw through `identityError` so
 * `extensions.code` is always one of these. Removed codes stay listed in `REMOVED_IDENTITY_ERRORS` with a reason.
 */
export const IDENTITY_ERRORS = {
  BAD_USER_INPUT: { description: 'An argument is malformed or out of range; `extensions.problems` lists each one.', addedIn: '0.1.0' },
  UNAUTHENTICATED: { description: 'No valid credentials were presented, or they did not verify (password, token, TOTP, API key).', addedIn: '0.1.0' },
  FORBIDDEN: { description: 'The caller is known but lacks the role, scope or ownership the operation needs.', addedIn: '0.1.0' },
  NOT_FOUND: { description: 'The referenced record does not exist or is not visible to the caller.', addedIn: '0.1.0' },
  RATE_LIMITED: { description: 'Too many attempts in the current window; `extensions.retryAfterSeconds` says when to try again.', addedIn: '0.1.0' },
  CONFLICT: { description: 'The request clashes with current state (email already registered, profile limit reached, MFA already enrolled).', addedIn: '0.1.0' },
} as const satisfies Record<string, { description: string; addedIn: string }>;

export const REMOVED_IDENTITY_ERRORS: Readonly<Record<string, { removedIn: string; reason: string }>> = Object.freeze({});

export type IdentityErrorCode = keyof typeof IDENTITY_ERRORS;

export function identityError(code: IdentityErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  // `code` is spread last so a caller's extensions can never overwrite it with a bare string.
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** One BAD_USER_INPUT error that carries every problem found in the input, not just the first. */
export function badUserInput(problems: readonly string[]): GraphQLError {
  return identityError('BAD_USER_INPUT', problems.join('; '), { problems: [...problems] });
}

/**
 * The codes of `SecretBoxError`. These never reach a client as such: a resolver that catches one answers with a
 * generic error and logs the code, because telling a caller *why* a stored secret failed to open helps nobody but
 * an attacker.
 */
export type SecretBoxErrorCode = 'ERR_SECRET_MALFORMED' | 'ERR_SECRET_VERSION' | 'ERR_SECRET_AUTHENTICATION';

/**
 * A sealed secret (TOTP secret, platform token) could not be opened. `ERR_SECRET_AUTHENTICATION` means the
 * AES-GCM tag did not verify: the blob was edited, or it was sealed under another key or context. GCM cannot tell
 * those apart, so neither do we.
 */
export class SecretBoxError extends Error {
  override readonly name = 'SecretBoxError';
  constructor(
    readonly code: SecretBoxErrorCode,
    message: string,
  ) {
    super(message);
  }
}
