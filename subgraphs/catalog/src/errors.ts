import { GraphQLError } from 'graphql';

/**
 * The closed set of error codes the catalog subgraph answers with. Resolvers throw through `catalogError` so
 * `extensions.code` is always one of these.
 */
export const CATALOG_ERRORS = {
  BAD_USER_INPUT: { description: 'An argument is malformed or out of range; `extensions.problems` lists each one.', addedIn: '0.1.0' },
  NOT_FOUND: { description: 'The referenced record does not exist.', addedIn: '0.1.0' },
} as const;

export type CatalogErrorCode = keyof typeof CATALOG_ERRORS;

export function catalogError(code: CatalogErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** One BAD_USER_INPUT error that carries every problem found in the input, not just the first. */
export function badUserInput(problems: readonly string[]): GraphQLError {
  return catalogError('BAD_USER_INPUT', problems.join('; '), { problems });
}
