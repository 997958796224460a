import { createClient as createWsClient, type Client, type FormattedExecutionResult, type SubscribePayload } from 'graphql-ws';
import type { TypedOperation } from '@media-gateway/schema';
import { MediaGatewayError } from '../errors.js';
import type { TokenSource } from '../auth/TokenSource.js';
import { errorFromAnswer } from '../lib/errorFromAnswer.js';
import { sleep } from '../lib/sleep.js';
import type { SubscriptionSink } from './MediaGatewayClient.js';

export interface SubscriptionTransportOptions {
  /** `ws(s)://…/graphql` */
  url: string;
  auth: TokenSource | undefined;
  /** The client's shared refresh (one at a time for HTTP and the socket). */
  refresh: () => Promise<string | undefined>;
  webSocketImpl: unknown;
  retryAttempts: number;
  maxRetryDelayMs: number;
}

export interface SubscriptionTransport {
  subscribe<R, V>(operation: TypedOperation<R, V>, variables: V, sink: SubscriptionSink<R>): () => void;
  close(): Promise<void>;
}

/** Close codes the router sends (router/src/subscriptions/closeCodes.ts) and graphql-ws's own. */
const CLOSE = { UNAUTHORIZED: 4401, FORBIDDEN: 4403, SLOW_CONSUMER: 4413, TRY_AGAIN_LATER: 1013, INTERNAL_CLIENT_ERROR: 4005 } as const;
/** A 4401 again before any connection was accepted: the refreshed token is refused too, so stop. */
const MAX_UNAUTHORIZED_IN_A_ROW = 1;

/**
 * Subscriptions over one lazily opened graphql-ws socket. What graphql-ws does by itself: reconnect with backoff
 * after a drop (1001, 1006, 1013, 4413, …) and resubscribe every active subscription on the new socket. What this
 * adds:
 *
 * - `connectionParams` asks the TokenSource on every (re)connect, so a reconnect never reuses an expired token;
 * - graphql-ws treats 4401 as fatal, but the router sends it when the token expires mid-connection: the
 *   subscriptions here refresh the token (shared) and subscribe again, unless the refreshed one is refused too;
 * - 4403 is not retried (the credential is valid but may not connect: a retry with it cannot succeed);
 * - every failure reaches the sink as a `MediaGatewayError`.
 */
export function subscriptionTransport(options: SubscriptionTransportOptions): SubscriptionTransport {
  let ws: Client | undefined;
  let unauthorizedInARow = 0;
  /** The TokenSource's failure in connectionParams: graphql-ws only reports it as a 4005 close with its message. */
  let paramsError: unknown;

  const client = (): Client =>
    (ws ??= createWsClient({
      url: options.url,
      webSocketImpl: options.webSocketImpl,
      lazy: true,
      retryAttempts: options.retryAttempts,
      connectionParams: async () => {
        paramsError = undefined;
        try {
          const token = await options.auth?.accessToken();
          return token ? { authorization: `Bearer ${token}` } : {};
        } catch (error) {
          paramsError = error;
          throw error;
        }
      },
      shouldRetry: (event) => (isCloseEvent(event) ? event.code !== CLOSE.FORBIDDEN : false),
      retryWait: (retries) => sleep(Math.min(options.maxRetryDelayMs, 500 * 2 ** retries) * (0.5 + Math.random() / 2)),
      on: {
        connected: () => {
          unauthorizedInARow = 0;
        },
      },
    }));

  function subscribe<R, V>(operation: TypedOperation<R, V>, variables: V, sink: SubscriptionSink<R>): () => void {
    let stopped = false;
    let stopInner: () => void = () => {};

    const finish = (error?: MediaGatewayError) => {
      if (stopped) return;
      stopped = true;
      stopInner();
      if (error) sink.error?.(error);
      else sink.complete?.();
    };

    const onError = async (failure: unknown) => {
      if (stopped) return;
      if (isCloseEvent(failure) && failure.code === CLOSE.UNAUTHORIZED && options.auth && unauthorizedInARow < MAX_UNAUTHORIZED_IN_A_ROW) {
        unauthorizedInARow += 1;
        try {
          await options.refresh();
        } catch (error) {
          return finish(error instanceof MediaGatewayError ? error : socketError(failure, undefined));
        }
        if (!stopped) start();
        return;
      }
      finish(socketError(failure, paramsError));
    };

    const start = () => {
      const payload: SubscribePayload & { documentId: string } = {
        // graphql-ws requires a string `query`; empty means "by id" (the body never travels).
        query: '',
        documentId: operation.id,
        operationName: operation.name,
        variables: (variables ?? {}) as Record<string, unknown>,
        extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } },
      };
      stopInner = client().subscribe<R>(payload, {
        next: (result: FormattedExecutionResult<R>) => {
          if (stopped) return;
          if (result.data !== undefined && result.data !== null) sink.next(result.data);
          else if (result.errors?.length) finish(errorFromAnswer(undefined, result.errors));
        },
        error: (failure) => void onError(failure),
        complete: () => finish(),
      });
    };

    start();
    return () => {
      if (stopped) return;
      stopped = true;
      stopInner();
    };
  }

  return {
    subscribe,
    async close() {
      const current = ws;
      ws = undefined;
      await current?.dispose();
    },
  };
}

interface CloseEventLike {
  code: number;
  reason: string;
}

function isCloseEvent(value: unknown): value is CloseEventLike {
  return typeof value === 'object' && value !== null && 'code' in value && typeof (value as { code: unknown }).code === 'number' && 'reason' in value;
}

/** What a graphql-ws failure (error messages, a close event, or a thrown error) means to a caller. */
export function socketError(failure: unknown, paramsError: unknown): MediaGatewayError {
  if (failure instanceof MediaGatewayError) return failure;
  if (Array.isArray(failure)) return errorFromAnswer(undefined, failure as Array<{ message: string }>);
  if (isCloseEvent(failure)) {
    const reason = failure.reason ? `: ${failure.reason}` : '';
    switch (failure.code) {
      case CLOSE.UNAUTHORIZED:
        return new MediaGatewayError('UNAUTHENTICATED', `The router refused the subscription credential (4401${reason}).`, { serverCode: String(failure.code) });
      case CLOSE.FORBIDDEN:
        return new MediaGatewayError('FORBIDDEN', `The router does not allow this credential to subscribe (4403${reason}).`, { serverCode: String(failure.code) });
      case CLOSE.SLOW_CONSUMER:
        return new MediaGatewayError('SLOW_CONSUMER', `The router closed the socket: events were read too slowly (4413${reason}).`, { serverCode: String(failure.code) });
      case CLOSE.TRY_AGAIN_LATER:
        return new MediaGatewayError('UNAVAILABLE', `The router could not check the credential; try again later (1013${reason}).`, { serverCode: String(failure.code) });
      case CLOSE.INTERNAL_CLIENT_ERROR:
        if (paramsError instanceof MediaGatewayError) return paramsError;
        return new MediaGatewayError('INTERNAL', `The subscription client failed (4005${reason}).`, { cause: paramsError, serverCode: String(failure.code) });
      default:
        if (failure.code >= 4400 && failure.code < 4500) {
          return new MediaGatewayError('BAD_REQUEST', `The router closed the socket with ${failure.code}${reason}.`, { serverCode: String(failure.code) });
        }
        if (failure.code >= 4500) return new MediaGatewayError('INTERNAL', `The router closed the socket with ${failure.code}${reason}.`, { serverCode: String(failure.code) });
        return new MediaGatewayError('NETWORK', `The subscription socket closed (${failure.code}${reason}) and could not reconnect.`, { serverCode: String(failure.code) });
    }
  }
  const message = failure instanceof Error ? failure.message : String(failure);
  return new MediaGatewayError('NETWORK', `The subscription socket failed: ${message}`, { cause: failure });
}
