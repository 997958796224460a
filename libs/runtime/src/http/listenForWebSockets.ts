import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { WebSocketServer } from 'ws';

export interface WebSocketListenerOptions {
  /** The HTTP path that upgrades, e.g. `/graphql` (GraphQL over HTTP and over WebSocket share it). */
  path: string;
  /**
   * Largest message a client may send. ws's own default is 100 MiB, far more than any GraphQL operation.
   * @default 1 MiB (the HTTP shell's body limit)
   */
  maxPayloadBytes?: number;
  /**
   * How long shutdown waits for clients to answer the 1001 close before cutting their sockets: a client that stopped
   * reading would otherwise hold shutdown for ws's 30 s close timeout.
   * @default 2000
   */
  closeGraceMs?: number;
}

export interface WebSocketListener {
  /** Hand this to graphql-ws `useServer`. */
  server: WebSocketServer;
  /** Open sockets. */
  connections(): number;
}

/** 1001 "Going Away": the endpoint is shutting down (RFC 6455 §7.4.1). */
const GOING_AWAY = 1001;

/**
 * A WebSocket server on a Fastify app's own HTTP server, for one path. Fastify does not handle upgrades, so this
 * listens to the server's `upgrade` event (ws `noServer` mode) and leaves other paths alone. The app's `close()`
 * closes every socket first (`preClose`): Node's `server.close()` does not track upgraded sockets and would otherwise
 * wait on them forever.
 */
export function listenForWebSockets(app: FastifyInstance, options: WebSocketListenerOptions): WebSocketListener {
  const server = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes ?? 1024 * 1024 });
  const graceMs = options.closeGraceMs ?? 2000;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (pathOf(request) !== options.path) {
      // Another listener may own that path; when none does, answer instead of leaving the client hanging.
      if (app.server.listenerCount('upgrade') === 1) refuse(socket);
      return;
    }
    server.handleUpgrade(request, socket, head, (ws) => server.emit('connection', ws, request));
  };
  app.server.on('upgrade', onUpgrade);

  app.addHook('preClose', async () => {
    app.server.off('upgrade', onUpgrade);
    await closeAll(server, graceMs);
  });

  return { server, connections: () => server.clients.size };
}

async function closeAll(server: WebSocketServer, graceMs: number): Promise<void> {
  const sockets = [...server.clients];
  const closed = Promise.all(sockets.map((socket) => new Promise<void>((resolve) => (socket.readyState === socket.CLOSED ? resolve() : socket.once('close', () => resolve())))));
  for (const socket of sockets) socket.close(GOING_AWAY, 'going away');
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
  await Promise.race([closed, grace]);
  clearTimeout(timer);
  for (const socket of server.clients) socket.terminate();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

function pathOf(request: IncomingMessage): string {
  try {
    return new URL(request.url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

function refuse(socket: Duplex): void {
  socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}
