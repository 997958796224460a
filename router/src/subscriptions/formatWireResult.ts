import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';

/**
 * A result or error as it goes on the socket: graphql-js's JSON form, without `extensions.http` (which only means
 * something to the HTTP route, where Apollo lifts it into the status line).
 */
export function formatWireError(error: GraphQLError | GraphQLFormattedError): GraphQLFormattedError {
  const formatted = error instanceof GraphQLError ? error.toJSON() : error;
  if (!formatted.extensions || !('http' in formatted.extensions)) return formatted;
  const { http: _http, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

export function formatWireResult(result: ExecutionResult | FormattedExecutionResult): FormattedExecutionResult {
  return {
    ...(result.data !== undefined ? { data: result.data } : {}),
    ...(result.errors?.length ? { errors: result.errors.map(formatWireError) } : {}),
    ...(result.extensions ? { extensions: result.extensions } : {}),
  };
}
