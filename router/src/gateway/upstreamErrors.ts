import { GraphQLError } from 'graphql';

/**
 * The closed set of errors the router raises when a subgraph fails it. Clients see which service failed and how,
 * never its address or the transport's message; the cause goes to the router's log.
 */
export const UPSTREAM_ERRORS = {
  SUBGRAPH_UNAVAILABLE: { description: 'The subgraph could not be reached.', addedIn: '0.1.0' },
  SUBGRAPH_TIMEOUT: { description: 'The subgraph did not answer in time.', addedIn: '0.1.0' },
  SUBGRAPH_ERROR: { description: 'The subgraph answered with an HTTP error.', addedIn: '0.1.0' },
} as const;

export type UpstreamErrorCode = keyof typeof UPSTREAM_ERRORS;

/** Classifies a failed subgraph fetch: no response is unreachable (or a timeout), a response is an HTTP error. */
export function upstreamError(serviceName: string, cause: unknown, status: number | undefined): GraphQLError {
  const name = (cause as { name?: string } | null)?.name;
  const timedOut = name === 'TimeoutError' || name === 'AbortError';
  const code: UpstreamErrorCode = status !== undefined ? 'SUBGRAPH_ERROR' : timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE';
  const message =
    code === 'SUBGRAPH_ERROR'
      ? `The ${serviceName} service failed (HTTP ${status}).`
      : code === 'SUBGRAPH_TIMEOUT'
        ? `The ${serviceName} service did not answer in time.`
        : `The ${serviceName} service is unavailable.`;
  return new GraphQLError(message, { extensions: { code, serviceName } });
}
