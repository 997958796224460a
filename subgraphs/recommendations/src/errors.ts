import { GraphQLError } from 'graphql';

/**
 * The closed set of error codes the recommendations subgraph answers with. Resolvers throw through
 * `recommendationsError` so `extensions.code` is always one of these.
 */
export const RECOMMENDATIONS_ERRORS = {
  BAD_USER_INPUT: { description: 'An argument is malformed or out of range; `extensions.problems` lists each one.', addedIn: '0.1.0' },
  UNAUTHENTICATED: { description: 'The field needs a signed-in caller, or the forwarded identity did not verify.', addedIn: '0.1.0' },
  FORBIDDEN: { description: 'The caller acts for no user (a service client), or the profile\'s content restrictions were not resolved.', addedIn: '0.1.0' },
  NOT_FOUND: { description: 'No such experiment or title.', addedIn: '0.1.0' },
  CONFLICT: { description: 'An experiment of that name exists already.', addedIn: '0.1.0' },
} as const;

export type RecommendationsErrorCode = keyof typeof RECOMMENDATIONS_ERRORS;

export function recommendationsError(code: RecommendationsErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** One BAD_USER_INPUT error that carries every problem found in the input, not just the first. */
export function badUserInput(problems: readonly string[]): GraphQLError {
  return recommendationsError('BAD_USER_INPUT', problems.join('; '), { problems });
}
