import type { TypedOperation } from '@media-gateway/schema';
import type { GraphQLErrorLike, MediaGatewayError } from '../errors.js';
import type { TokenSource } from '../auth/TokenSource.js';

export interface MediaGatewayClientOptions {
  /** The router's origin, e.g. `http://127.0.0.1:4000`; GraphQL is served at `<url>/graphql` (HTTP and WebSocket). */
  url: string;
  /** Where bearer tokens come from. Without one every request is anonymous. */
  auth?: TokenSource;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /**
   * The WebSocket constructor for subscriptions. Browsers (and Node 22+) have a global one; Node 20 does not: pass
   * `WebSocket` from the `ws` package.
   * @default globalThis.WebSocket
   */
  webSocketImpl?: unknown;
  /** Sent with every HTTP request (not on the socket), e.g. `{ 'x-api-key': … }` or an app version. */
  headers?: Record<string, string>;
  /** Network-error retries of queries (and of operations sent with `idempotent: true`); mutations are never resent. */
  retry?: {
    /**
     * Further attempts after the first one fails without an answer.
     * @default 2
     */
    attempts?: number;
    /**
     * Wait before the first retry, doubled each time (with jitter).
     * @default 200
     */
    baseDelayMs?: number;
  };
  /** Subscription transport (graphql-ws). */
  subscriptions?: {
    /**
     * Reconnect attempts after the socket drops, reset whenever a connection is acknowledged.
     * @default 10
     */
    retryAttempts?: number;
    /** Longest wait between reconnects. @default 30_000 (§8: reconnect backoff up to 30 s) */
    maxRetryDelayMs?: number;
  };
}

export interface OperationInit {
  signal?: AbortSignal;
  /**
   * Allows resending a mutation after a network error: only for operations the server deduplicates (e.g.
   * `ApplySyncOperations`, whose operations are keyed by their HLC). Queries are always resent.
   * @default false
   */
  idempotent?: boolean;
}

/** The JSON answer of one GraphQL request. */
export interface ExecutionResult<R> {
  data?: R | null;
  errors?: ReadonlyArray<GraphQLErrorLike>;
  extensions?: Record<string, unknown>;
  /** The HTTP status of the answer. */
  status?: number;
}

export interface SubscriptionSink<R> {
  next(value: R): void;
  /** Called at most once; nothing follows it. */
  error?(error: MediaGatewayError): void;
  complete?(): void;
}

export interface MediaGatewayClient {
  /**
   * Sends the persisted operation by id (`documentId` + `extensions.persistedQuery.sha256Hash`, never the body) and
   * returns its data; throws `MediaGatewayError` on any GraphQL error. `NoInfer` makes the variables checked against
   * the operation rather than widening the operation's type to fit them.
   */
  request<R, V>(operation: TypedOperation<R, V>, variables?: NoInfer<V>, init?: OperationInit): Promise<R>;
  /**
   * Same, but returns `{ data, errors, extensions }` without throwing on GraphQL errors. Still throws for NETWORK,
   * ABORTED, an unreadable answer, and PERSISTED_QUERY_NOT_FOUND (the client and router disagree on the manifest:
   * not a result).
   */
  execute<R, V>(operation: TypedOperation<R, V>, variables?: NoInfer<V>, init?: OperationInit): Promise<ExecutionResult<R>>;
  /**
   * graphql-ws subscription: reconnects and resubscribes when the socket drops, gets a fresh token on each
   * (re)connect, refreshes after a 4401 close. Returns the unsubscribe function.
   */
  subscribe<R, V>(operation: TypedOperation<R, V>, variables: NoInfer<V>, sink: SubscriptionSink<R>): () => void;
  /** Closes the subscription socket (ending every subscription); HTTP needs no closing. */
  close(): Promise<void>;
}
