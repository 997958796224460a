import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { IDENTITY_HEADER } from '@media-gateway/auth';
import { SUBSCRIPTION_HEADERS_EXTENSION, type Logger } from '@media-gateway/runtime';
import { upstreamError } from '../../gateway/upstreamErrors.js';
import { subgraphStreamError } from './subgraphStreamError.js';
import type { UpstreamRequest, UpstreamSink, Upstreams } from './Upstreams.js';

export interface RemoteUpstreamsOptions {
  /** Each subgraph's GraphQL-over-HTTP URL; its graphql-ws endpoint is the same URL with ws(s)://. */
  urls: Record<string, string>;
  /** Ping interval; a subgraph socket that does not pong within another interval is cut (its streams fail). */
  keepAliveMs: number;
  /** How long a subgraph has to acknowledge the connection. */
  connectTimeoutMs: number;
  logger: Logger;
}

interface SubgraphSocket {
  client: Client;
  open: boolean;
}

/**
 * Subscription streams on standalone subgraphs over graphql-ws: one lazily opened socket per subgraph, multiplexing
 * every caller's subscriptions to it, and closed by graphql-ws (`lazy`) when the last one completes.
 *
 * Who the caller is travels with each subscribe message (`extensions.headers['x-mg-identity']`), since one socket
 * carries many callers. Nothing is retried: when a subgraph socket drops, each stream on it fails with
 * SUBGRAPH_UNAVAILABLE and the client re-subscribes (a retry here would replay subscribe messages whose identity
 * assertions may have expired).
 */
export class RemoteUpstreams implements Upstreams {
  private readonly byService = new Map<string, SubgraphSocket>();

  constructor(private readonly options: RemoteUpstreamsOptions) {}

  open(serviceName: string, request: UpstreamRequest, sink: UpstreamSink): () => void {
    const socket = this.socketFor(serviceName);
    if (!socket) {
      sink.fail([upstreamError(serviceName, new Error('not configured'), undefined)]);
      return () => {};
    }
    let finished = false;
    const unsubscribe = socket.client.subscribe(
      {
        query: request.query,
        ...(request.operationName ? { operationName: request.operationName } : {}),
        variables: request.variables,
        extensions: { [SUBSCRIPTION_HEADERS_EXTENSION]: { [IDENTITY_HEADER]: request.identityAssertion } },
      },
      {
        next: (result) => {
          if (!finished) sink.next(result as FormattedExecutionResult);
        },
        error: (error: unknown) => {
          if (finished) return;
          finished = true;
          if (Array.isArray(error)) {
            // The subgraph refused or ended the operation with GraphQL errors (graphql-ws `error` message).
            sink.fail(error.map((e: unknown) => subgraphStreamError(serviceName, e)));
            return;
          }
          this.options.logger.warn({ err: describeCloseEvent(error), subgraph: serviceName }, 'subgraph subscription socket failed');
          sink.fail([upstreamError(serviceName, error, undefined)]);
        },
        complete: () => {
          if (finished) return;
          finished = true;
          sink.complete();
        },
      },
    );
    return () => {
      if (finished) return;
      finished = true;
      unsubscribe();
    };
  }

  sockets(): Record<string, number> {
    return Object.fromEntries([...this.byService].map(([name, socket]) => [name, socket.open ? 1 : 0]));
  }

  async close(): Promise<void> {
    const sockets = [...this.byService.values()];
    this.byService.clear();
    await Promise.all(sockets.map((socket) => socket.client.dispose()));
  }

  private socketFor(serviceName: string): SubgraphSocket | undefined {
    const existing = this.byService.get(serviceName);
    if (existing) return existing;
    const url = this.options.urls[serviceName];
    if (!url) return undefined;
    const socket: SubgraphSocket = { client: this.connect(serviceName, url), open: false };
    socket.client.on('connected', () => (socket.open = true));
    socket.client.on('closed', () => (socket.open = false));
    this.byService.set(serviceName, socket);
    return socket;
  }

  private connect(serviceName: string, httpUrl: string): Client {
    const { keepAliveMs, connectTimeoutMs } = this.options;
    let pongWait: NodeJS.Timeout | undefined;
    const client: Client = createClient({
      url: webSocketUrl(httpUrl),
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: 0,
      keepAlive: keepAliveMs,
      connectionAckWaitTimeout: connectTimeoutMs,
      on: {
        // graphql-ws sends the pings but leaves noticing a missing pong to us (its documented recipe).
        ping: (received) => {
          if (received) return;
          clearTimeout(pongWait);
          pongWait = setTimeout(() => client.terminate(), keepAliveMs);
        },
        pong: (received) => {
          if (received) clearTimeout(pongWait);
        },
        closed: () => clearTimeout(pongWait),
        error: (error) => this.options.logger.debug({ err: describeCloseEvent(error), subgraph: serviceName }, 'subgraph subscription socket error'),
      },
    });
    return client;
  }
}

/** http://catalog:4001/graphql → ws://catalog:4001/graphql (same host, port and path). */
export function webSocketUrl(httpUrl: string): string {
  const url = new URL(httpUrl);
  if (url.protocol === 'http:') url.protocol = 'ws:';
  else if (url.protocol === 'https:') url.protocol = 'wss:';
  return url.href;
}

/** Close events from ws are not Errors; log what identifies them. */
function describeCloseEvent(event: unknown): unknown {
  if (event instanceof Error) return event;
  if (typeof event === 'object' && event !== null && 'code' in event) {
    const { code, reason } = event as { code: unknown; reason?: unknown };
    return { code, reason };
  }
  return event;
}
