import type { TypedOperation } from '@media-gateway/schema';
import { MediaGatewayError } from '../errors.js';
import { errorFromAnswer, serverCodeOf } from '../lib/errorFromAnswer.js';
import { shareInFlight } from '../lib/shareInFlight.js';
import { sleep } from '../lib/sleep.js';
import type { ExecutionResult, MediaGatewayClient, MediaGatewayClientOptions, OperationInit, SubscriptionSink } from './MediaGatewayClient.js';
import { postOperation, type HttpAnswer } from './postOperation.js';
import { subscriptionTransport, type SubscriptionTransport } from './subscriptionTransport.js';

/** Applies the documented defaults and rejects a misuse with a TypeError naming the option. */
function resolveOptions(options: MediaGatewayClientOptions) {
  let base: URL;
  try {
    base = new URL(options.url);
  } catch {
    throw new TypeError(`options.url must be an absolute http(s) URL, got ${JSON.stringify(options.url)}`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new TypeError(`options.url must be http(s), got ${JSON.stringify(options.url)}`);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new TypeError('options.fetch is required where there is no global fetch');
  const attempts = options.retry?.attempts ?? 2;
  if (!Number.isInteger(attempts) || attempts < 0) throw new TypeError(`options.retry.attempts must be a non-negative integer, got ${attempts}`);
  const root = options.url.replace(/\/+$/, '');
  return {
    endpoint: `${root}/graphql`,
    socketUrl: `${root.replace(/^http/, 'ws')}/graphql`,
    fetch: fetchImpl.bind(globalThis) as typeof fetch,
    headers: { ...options.headers },
    attempts,
    baseDelayMs: options.retry?.baseDelayMs ?? 200,
    subscriptionRetryAttempts: options.subscriptions?.retryAttempts ?? 10,
    maxRetryDelayMs: options.subscriptions?.maxRetryDelayMs ?? 30_000,
  };
}

/**
 * A typed client over the trusted operations (`operations.*` / `@media-gateway/schema/operations`). Queries and
 * mutations go over HTTP by id; subscriptions over graphql-ws. With a TokenSource, a 401 / UNAUTHENTICATED answer
 * is followed by one `refresh()` (shared by concurrent requests) and one retry with the fresh token.
 *
 * @example
 * const client = createClient({ url: 'http://127.0.0.1:4000', auth: session });
 * const { search } = await client.request(operations.SemanticSearch, { query: 'space operas' });
 */
export function createClient(options: MediaGatewayClientOptions): MediaGatewayClient {
  const config = resolveOptions(options);
  const auth = options.auth;
  const refresh = shareInFlight(async () => (auth?.refresh ? auth.refresh() : undefined));
  let transport: SubscriptionTransport | undefined;

  async function send<R, V>(operation: TypedOperation<R, V>, variables: V | undefined, init: OperationInit = {}): Promise<HttpAnswer<R>> {
    const resendable = operation.type === 'query' || init.idempotent === true;
    let token = await auth?.accessToken();
    let refreshed = false;
    let failures = 0;
    for (;;) {
      let answer: HttpAnswer<R>;
      try {
        answer = await postOperation<R>({ endpoint: config.endpoint, fetch: config.fetch, headers: config.headers, operation, variables, token, signal: init.signal });
      } catch (error) {
        if (!(error instanceof MediaGatewayError) || error.code !== 'NETWORK' || !resendable || failures >= config.attempts) throw error;
        await sleep(config.baseDelayMs * 2 ** failures * (0.5 + Math.random() / 2), init.signal);
        failures += 1;
        continue;
      }
      if (!refreshed && auth?.refresh && isUnauthenticated(answer)) {
        refreshed = true;
        let fresh: string | undefined;
        try {
          fresh = await refresh();
        } catch (error) {
          // A refresh that could not reach the server is a network problem; one that was refused ends the session.
          if (error instanceof MediaGatewayError && (error.code === 'NETWORK' || error.code === 'ABORTED')) throw error;
          throw withCause(errorFromAnswer(answer.status, answer.body.errors, answer.headers), error);
        }
        if (fresh !== undefined) {
          token = fresh;
          continue;
        }
      }
      return answer;
    }
  }

  /** The answer, unless it means the request itself failed (PERSISTED_QUERY_NOT_FOUND, or an error status without errors). */
  async function answerOf<R, V>(operation: TypedOperation<R, V>, variables?: V, init?: OperationInit): Promise<HttpAnswer<R>> {
    const answer = await send(operation, variables, init);
    const { errors } = answer.body;
    if (errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
      // Never resent with the body: the router runs only what its manifest holds, and a mismatch must show.
      throw new MediaGatewayError('PERSISTED_QUERY_NOT_FOUND', `The router does not know operation ${operation.name} (${operation.id}): the SDK and the router use different manifests.`, {
        status: answer.status,
        errors,
        serverCode: 'PERSISTED_QUERY_NOT_FOUND',
      });
    }
    if (!errors?.length && (answer.status < 200 || answer.status >= 300)) throw errorFromAnswer(answer.status, undefined, answer.headers);
    return answer;
  }

  return {
    async execute<R, V>(operation: TypedOperation<R, V>, variables?: V, init?: OperationInit): Promise<ExecutionResult<R>> {
      const answer = await answerOf(operation, variables, init);
      return { ...answer.body, status: answer.status };
    },
    async request<R, V>(operation: TypedOperation<R, V>, variables?: V, init?: OperationInit): Promise<R> {
      const answer = await answerOf(operation, variables, init);
      const { data, errors } = answer.body;
      if (errors?.length) throw errorFromAnswer(answer.status, errors, answer.headers);
      if (data === undefined || data === null) {
        throw new MediaGatewayError('INTERNAL', `The router answered ${operation.name} without data or errors.`, { status: answer.status });
      }
      return data;
    },
    subscribe<R, V>(operation: TypedOperation<R, V>, variables: V, sink: SubscriptionSink<R>) {
      if (operation.type !== 'subscription') throw new TypeError(`${operation.name} is a ${operation.type}; use request() for it`);
      const webSocketImpl = options.webSocketImpl ?? (globalThis as { WebSocket?: unknown }).WebSocket;
      if (!webSocketImpl) throw new TypeError("options.webSocketImpl is required where there is no global WebSocket (Node 20: pass WebSocket from 'ws')");
      transport ??= subscriptionTransport({
        url: config.socketUrl,
        auth,
        refresh,
        webSocketImpl,
        retryAttempts: config.subscriptionRetryAttempts,
        maxRetryDelayMs: config.maxRetryDelayMs,
      });
      return transport.subscribe(operation, variables, sink);
    },
    async close() {
      await transport?.close();
    },
  };
}

function isUnauthenticated(answer: HttpAnswer<unknown>): boolean {
  return answer.status === 401 || serverCodeOf(answer.body.errors) === 'UNAUTHENTICATED';
}

function withCause(error: MediaGatewayError, cause: unknown): MediaGatewayError {
  return new MediaGatewayError(error.code, error.message, {
    status: error.status,
    errors: error.errors,
    retryAfterSeconds: error.retryAfterSeconds,
    serverCode: error.serverCode,
    cause,
  });
}
