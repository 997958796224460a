import { GraphQLError } from 'graphql';

/**
 * The closed set of error codes the discovery subgraph answers with. Resolvers throw through `discoveryError` so
 * `extensions.code` is always one of these.
 */
export const DISCOVERY_ERRORS = {
  BAD_USER_INPUT: { description: 'An argument is malformed or out of range; `extensions.problems` lists each one.', addedIn: '0.1.0' },
  UNAUTHENTICATED: { description: 'The field needs a signed-in caller.', addedIn: '0.1.0' },
  FORBIDDEN: { description: 'The caller lacks a scope the field needs.', addedIn: '0.1.0' },
} as const;

export type DiscoveryErrorCode = keyof typeof DISCOVERY_ERRORS;

export function discoveryError(code: DiscoveryErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** One BAD_USER_INPUT error that carries every problem found in the input, not just the first. */
export function badUserInput(problems: readonly string[]): GraphQLError {
  return discoveryError('BAD_USER_INPUT', problems.join('; '), { problems });
}
