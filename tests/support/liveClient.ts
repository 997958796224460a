import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLEvent<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

/** One subscription's events as they arrive, with a way to wait for the next matching one. */
export interface LiveSubscription<T> {
  readonly events: GraphQLEvent<T>[];
  readonly done: Promise<{ error?: unknown }>;
  /** The first event (already received or still to come) after `from` that matches; rejects after `timeoutMs`. */
  next(match?: (event: GraphQLEvent<T>) => boolean, options?: { from?: number; timeoutMs?: number }): Promise<GraphQLEvent<T>>;
  stop(): void;
}

export interface LiveConnection {
  readonly client: Client;
  /** Resolves with the close code and reason when the router closes the socket. */
  readonly closed: Promise<{ code: number; reason: string }>;
  /** Resolves once the router has acknowledged `connection_init`, i.e. accepted the credential. */
  readonly connected: Promise<void>;
  subscribe<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): LiveSubscription<T>;
  dispose(): Promise<void>;
}

/**
 * A graphql-ws client to the router, as the web and TV apps connect: the bearer token goes in `connection_init`,
 * and nothing retries, so a test sees every close the router makes.
 */
export function connectLive(httpUrl: string, token?: string): LiveConnection {
  let resolveClosed!: (value: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
  let resolveConnected!: () => void;
  const connected = new Promise<void>((resolve) => (resolveConnected = resolve));
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
    retryAttempts: 0,
    on: {
      connected: () => resolveConnected(),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason?: unknown };
        resolveClosed({ code, reason: String(reason ?? '') });
      },
    },
    onNonLazyError: () => {
      // Reported through `closed`.
    },
  });

  return {
    client,
    closed,
    connected,
    subscribe<T>(query: string, variables?: Record<string, unknown>): LiveSubscription<T> {
      const events: GraphQLEvent<T>[] = [];
      const waiters = new Set<() => void>();
      const wake = () => {
        for (const waiter of waiters) waiter();
      };
      let settle!: (value: { error?: unknown }) => void;
      const done = new Promise<{ error?: unknown }>((resolve) => (settle = resolve));
      const stop = client.subscribe<T>(
        { query, ...(variables ? { variables } : {}) },
        {
          next: (event) => {
            events.push(event as GraphQLEvent<T>);
            wake();
          },
          error: (error) => {
            settle({ error });
            wake();
          },
          complete: () => {
            settle({});
            wake();
          },
        },
      );
      let finished = false;
      void done.then(() => (finished = true));
      return {
        events,
        done,
        stop,
        next(match = () => true, { from = 0, timeoutMs = 10_000 } = {}) {
          return new Promise((resolve, reject) => {
            const check = () => {
              const found = events.slice(from).find(match);
              if (found) {
                cleanup();
                resolve(found);
              } else if (finished) {
                cleanup();
                reject(new Error(`subscription ended without a matching event (${events.length} received)`));
              }
            };
            const timer = setTimeout(() => {
              cleanup();
              reject(new Error(`no matching event within ${timeoutMs} ms (${events.length} received: ${JSON.stringify(events.slice(-3))})`));
            }, timeoutMs);
            const cleanup = () => {
              clearTimeout(timer);
              waiters.delete(check);
            };
            waiters.add(check);
            check();
          });
        },
      };
    },
    async dispose() {
      await client.dispose();
    },
  };
}

/**
 * graphql-ws has no acknowledgement for `subscribe`, so a client cannot know when the router's upstream stream is
 * open. This repeats a harmless change (`probe`) until the subscription shows one, so the test's real change is
 * certain to be seen rather than racing the subscription's start.
 */
export async function whenSubscribed<T>(
  subscription: LiveSubscription<T>,
  probe: (attempt: number) => Promise<void>,
  match: (event: GraphQLEvent<T>) => boolean,
  attempts = 50,
): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const from = subscription.events.length;
    await probe(attempt);
    try {
      await subscription.next(match, { from, timeoutMs: 200 });
      return;
    } catch {
      // not open yet; try again
    }
  }
  throw new Error('the subscription never delivered a probe event');
}
