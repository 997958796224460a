import type { ExecutionResult, FormattedExecutionResult, GraphQLError } from 'graphql';

/** The primary operation of a subscription plan, as sent to the subgraph that owns the subscription field. */
export interface UpstreamRequest {
  query: string;
  operationName: string | undefined;
  /** Only the variables the primary operation uses, as the client sent them. */
  variables: Record<string, unknown>;
  /** The caller's signed identity (`x-mg-identity`), checked by the subgraph when the stream opens. */
  identityAssertion: string;
}

/** Where an upstream stream reports. After `fail` or `complete` nothing more arrives. */
export interface UpstreamSink {
  next(result: ExecutionResult | FormattedExecutionResult): void;
  /** The stream ended in error: refused by the subgraph, or the subgraph became unreachable (SUBGRAPH_UNAVAILABLE). */
  fail(errors: readonly GraphQLError[]): void;
  complete(): void;
}

/** Opens subscription streams on subgraphs: in this process, or over graphql-ws. */
export interface Upstreams {
  /** Starts the stream; the returned function stops it (idempotent, and quiet: no `complete` follows). */
  open(serviceName: string, request: UpstreamRequest, sink: UpstreamSink): () => void;
  /** Open sockets per subgraph (empty in-process), for `/health`. */
  sockets(): Record<string, number>;
  close(): Promise<void>;
}
