import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket, { WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import { createClient, operations, type MediaGatewayClient, type MediaGatewayError, type TokenSource } from '@media-gateway/sdk';

// The subscription transport against a scripted graphql-transport-ws server on a local port: what goes on the
// wire, and what the client does when the router closes the socket (router/src/subscriptions/closeCodes.ts).
const { LibraryChanged } = operations;
const PROFILE = '11111111-1111-4111-8111-111111111111';

interface Message {
  id?: string;
  type: string;
  payload?: Record<string, unknown>;
}

interface Connection {
  socket: ServerSocket;
  init: Record<string, unknown> | undefined;
  subscribes: Message[];
}

/** A graphql-ws server whose answers each test scripts: accept or refuse the init, then act on each subscribe. */
class ScriptedServer {
  readonly connections: Connection[] = [];
  /** Decides on connection_init: undefined acknowledges, a number closes with that code. */
  onInit: (init: Record<string, unknown> | undefined, connection: Connection) => number | undefined = () => undefined;
  onSubscribe: (message: Message, connection: Connection) => void = () => {};
  private readonly server: WebSocketServer;
  readonly ready: Promise<number>;

  constructor() {
    this.server = new WebSocketServer({ port: 0, host: '127.0.0.1', handleProtocols: () => 'graphql-transport-ws' });
    this.ready = new Promise((resolve) => this.server.on('listening', () => resolve((this.server.address() as { port: number }).port)));
    this.server.on('connection', (socket) => {
      const connection: Connection = { socket, init: undefined, subscribes: [] };
      this.connections.push(connection);
      socket.on('message', (raw) => {
        const message = JSON.parse(String(raw)) as Message;
        if (message.type === 'connection_init') {
          connection.init = message.payload;
          const refusal = this.onInit(message.payload, connection);
          if (refusal === undefined) socket.send(JSON.stringify({ type: 'connection_ack' }));
          else socket.close(refusal, 'Unauthorized');
        } else if (message.type === 'subscribe') {
          connection.subscribes.push(message);
          this.onSubscribe(message, connection);
        } else if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
      });
    });
  }

  static next(connection: Connection, message: Message, payload: unknown): void {
    connection.socket.send(JSON.stringify({ id: message.id, type: 'next', payload }));
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const change = (n: number) => ({ libraryChanged: { profileId: PROFILE, cursor: `c${n}`, present: true, operation: { kind: 'PREFERENCE', hlc: `h${n}` } } });

let server: ScriptedServer;
let client: MediaGatewayClient;

async function setup(auth?: TokenSource): Promise<void> {
  server = new ScriptedServer();
  const port = await server.ready;
  client = createClient({ url: `http://127.0.0.1:${port}`, webSocketImpl: WebSocket, ...(auth ? { auth } : {}), subscriptions: { maxRetryDelayMs: 50 } });
}

function tokens(): TokenSource & { refreshes: number; refresh(): Promise<string> } {
  let current = 'token-1';
  const source = {
    refreshes: 0,
    accessToken: async () => current,
    refresh: async () => {
      source.refreshes += 1;
      current = `token-${source.refreshes + 1}`;
      return current;
    },
  };
  return source;
}

afterEach(async () => {
  await client?.close();
  await server?.close();
});

describe('subscribe over graphql-ws', () => {
  it('sends the persisted id with an empty query, the bearer in connection_init, and delivers events', async () => {
    await setup(tokens());
    server.onSubscribe = (message, connection) => ScriptedServer.next(connection, message, { data: change(1) });
    const events: unknown[] = [];
    const stop = client.subscribe(LibraryChanged, { profileId: PROFILE }, { next: (event) => events.push(event) });
    await vi.waitFor(() => expect(events).toEqual([change(1)]));
    const [connection] = server.connections;
    expect(connection!.init).toEqual({ authorization: 'Bearer token-1' });
    expect(connection!.subscribes[0]!.payload).toEqual({
      query: '',
      documentId: LibraryChanged.id,
      operationName: 'LibraryChanged',
      variables: { profileId: PROFILE },
      extensions: { persistedQuery: { version: 1, sha256Hash: LibraryChanged.id } },
    });
    stop();
  });

  it('after a 4401 "token expired" close, refreshes and subscribes again with the fresh token', async () => {
    const auth = tokens();
    await setup(auth);
    server.onSubscribe = (message, connection) => {
      if (connection.init?.authorization === 'Bearer token-1') connection.socket.close(4401, 'token expired');
      else ScriptedServer.next(connection, message, { data: change(2) });
    };
    const events: unknown[] = [];
    const errors: MediaGatewayError[] = [];
    client.subscribe(LibraryChanged, { profileId: PROFILE }, { next: (event) => events.push(event), error: (error) => errors.push(error) });
    await vi.waitFor(() => expect(events).toEqual([change(2)]));
    expect(auth.refreshes).toBe(1);
    expect(server.connections.map((c) => c.init?.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(server.connections[1]!.subscribes.map((s) => s.payload?.documentId)).toEqual([LibraryChanged.id]);
    expect(errors).toEqual([]);
  });

  it('gives up with UNAUTHENTICATED when the refreshed token is refused too', async () => {
    const auth = tokens();
    await setup(auth);
    server.onInit = () => 4401;
    const errors: MediaGatewayError[] = [];
    client.subscribe(LibraryChanged, { profileId: PROFILE }, { next: () => {}, error: (error) => errors.push(error) });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect([errors[0]!.code, errors[0]!.message]).toEqual(['UNAUTHENTICATED', 'The router refused the subscription credential (4401: Unauthorized).']);
    expect(auth.refreshes).toBe(1);
    expect(server.connections).toHaveLength(2);
  });

  it('reconnects after the socket drops and resubscribes, asking the TokenSource again', async () => {
    let asked = 0;
    await setup({ accessToken: async () => `token-${++asked}` });
    server.onSubscribe = (message, connection) => {
      ScriptedServer.next(connection, message, { data: change(server.connections.length) });
      if (server.connections.length === 1) connection.socket.close(1001, 'going away');
    };
    const events: unknown[] = [];
    client.subscribe(LibraryChanged, { profileId: PROFILE }, { next: (event) => events.push(event) });
    await vi.waitFor(() => expect(events).toEqual([change(1), change(2)]));
    expect(server.connections.map((c) => [c.init?.authorization, c.subscribes.length])).toEqual([
      ['Bearer token-1', 1],
      ['Bearer token-2', 1],
    ]);
  });

  it('does not retry a 4403, and reports FORBIDDEN', async () => {
    await setup(tokens());
    server.onInit = () => 4403;
    const errors: MediaGatewayError[] = [];
    client.subscribe(LibraryChanged, { profileId: PROFILE }, { next: () => {}, error: (error) => errors.push(error) });
    await vi.waitFor(() => expect(errors.map((e) => e.code)).toEqual(['FORBIDDEN']));
    expect(server.connections).toHaveLength(1);
  });

  it('reports a GraphQL error answer (an unknown id) as a MediaGatewayError with its code', async () => {
    await setup();
    server.onSubscribe = (message, connection) =>
      connection.socket.send(JSON.stringify({ id: message.id, type: 'error', payload: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }));
    const errors: MediaGatewayError[] = [];
    const completions: number[] = [];
    client.subscribe(LibraryChanged, { profileId: PROFILE }, { next: () => {}, error: (error) => errors.push(error), complete: () => completions.push(1) });
    await vi.waitFor(() => expect(errors.map((e) => [e.code, e.message])).toEqual([['PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound']]));
    expect(server.connections[0]!.init).toEqual({});
    expect(completions).toEqual([]);
  });

  it('reports a last event that carries only errors, then nothing more', async () => {
    await setup(tokens());
    server.onSubscribe = (message, connection) => {
      ScriptedServer.next(connection, message, { errors: [{ message: 'sync is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] });
      connection.socket.send(JSON.stringify({ id: message.id, type: 'complete' }));
    };
    const outcomes: string[] = [];
    client.subscribe(LibraryChanged, { profileId: PROFILE }, { next: () => outcomes.push('next'), error: (error) => outcomes.push(error.code), complete: () => outcomes.push('complete') });
    await vi.waitFor(() => expect(outcomes).toEqual(['UNAVAILABLE']));
  });

  it('refuses a query or mutation with a TypeError', async () => {
    await setup();
    expect(() => client.subscribe(operations.Viewer as never, {} as never, { next: () => {} })).toThrow(new TypeError('Viewer is a query; use request() for it'));
  });
});
