import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * An error a subgraph's stream ended with, as the client sees it: the subgraph's own message and extensions (its
 * `extensions.code`, e.g. UNAUTHENTICATED from a resolver's ownership check) plus which service said it. Anything
 * that is not a GraphQL error is a bug in the subgraph: its message stays in the log.
 */
export function subgraphStreamError(serviceName: string, error: GraphQLError | GraphQLFormattedError | unknown): GraphQLError {
  if (isGraphQLErrorLike(error)) {
    return new GraphQLError(error.message, { extensions: { ...error.extensions, serviceName } });
  }
  return new GraphQLError(`The ${serviceName} service failed.`, { extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName } });
}

function isGraphQLErrorLike(error: unknown): error is GraphQLFormattedError {
  if (error instanceof GraphQLError) return true;
  return typeof error === 'object' && error !== null && !(error instanceof Error) && typeof (error as { message?: unknown }).message === 'string';
}
