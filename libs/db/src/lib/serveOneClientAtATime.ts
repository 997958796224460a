import net from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

export interface OneClientAtATimeOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Where the real server listens (a Unix socket path). */
  upstreamPath: string;
  /**
   * Runs after a client left and before the next one is let in: wait for the upstream to forget the old
   * connection and reset the shared session. Errors are reported to `onError` and don't stop the queue.
   */
  betweenClients: () => Promise<void>;
  onError: (error: unknown) => void;
}

export interface OneClientAtATime {
  port: number;
  /** Stops accepting, drops the current and the waiting clients. */
  close(): Promise<void>;
}

/**
 * A TCP front door that lets one client through to `upstreamPath` at a time and makes the others wait (their
 * sockets stay open and unread) instead of refusing them.
 *
 * Why not let PGLiteSocketServer take the connections itself: with `maxConnections: 1` it refuses a second
 * connection, and it forgets a closed one only a few ticks after the client saw it close. `pg.Pool` destroys a
 * connection whenever a query on it fails and opens a new one at once, so the query after any SQL error (say a
 * unique violation) would meet a refused connection ("Connection terminated unexpectedly"). Queueing here turns
 * that race, and any second pool, into a short wait.
 */
export function serveOneClientAtATime(options: OneClientAtATimeOptions): Promise<OneClientAtATime> {
  const waiting: net.Socket[] = [];
  let active: net.Socket | null = null;
  let closing = false;

  const admitNext = (): void => {
    if (active || closing) return;
    const client = waiting.shift();
    if (!client) return;
    if (client.destroyed) return admitNext();
    active = client;

    const upstream = net.connect(options.upstreamPath);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.pipe(upstream);
    upstream.pipe(client);

    let open = 2;
    const onClose = (): void => {
      client.destroy();
      upstream.destroy();
      if (--open > 0) return;
      options
        .betweenClients()
        .catch(options.onError)
        .finally(() => {
          active = null;
          admitNext();
        });
    };
    client.once('close', onClose);
    upstream.once('close', onClose);
  };

  const server = net.createServer((socket) => {
    if (closing) return socket.destroy();
    socket.on('error', () => socket.destroy());
    // A client that gives up while waiting leaves the queue.
    socket.once('close', () => {
      const index = waiting.indexOf(socket);
      if (index !== -1) waiting.splice(index, 1);
    });
    waiting.push(socket);
    admitNext();
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      server.on('error', options.onError);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error(`expected a TCP address, got ${String(address)}`));
        return;
      }
      resolve({
        port: address.port,
        close: async () => {
          closing = true;
          for (const socket of waiting.splice(0)) socket.destroy();
          active?.destroy();
          await new Promise<void>((done) => server.close(() => done()));
          // Let the last hand-over finish so nothing touches the database after the caller closes it.
          for (let waited = 0; active && waited < 5_000; waited += 5) await delay(5);
        },
      });
    });
  });
}
