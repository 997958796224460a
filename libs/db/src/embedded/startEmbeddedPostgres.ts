import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { DbLogger } from '../DbLogger.js';
import { serveOneClientAtATime } from '../lib/serveOneClientAtATime.js';

/**
 * The pool size to use against embedded Postgres. PGlite is one Postgres backend, so it serves one connection at a
 * time; a second connection waits until the first one closes. A pool of 1 shared by the whole process is the only
 * setup that never waits on itself (pg.Pool keeps an idle connection open for `idleTimeoutMillis`, 10 s by default,
 * which a second pool would sit out).
 */
export const EMBEDDED_POOL_MAX = 1;

export interface EmbeddedPostgresOptions {
  /** Folder holding the database files; created if missing. The same folder gives back the same data. */
  dataDir: string;
  /**
   * TCP port to serve on.
   * @default 0 (a free port chosen by the OS; read it from `connectionString`)
   */
  port?: number;
  /**
   * Only loopback: PGlite has no authentication.
   * @default '127.0.0.1'
   */
  host?: '127.0.0.1';
  /** Receives hand-over problems between connections; they never stop the server. */
  logger?: DbLogger;
}

export interface EmbeddedPostgres {
  /** `postgresql://postgres@127.0.0.1:<port>/postgres`, for `pg`, `@prisma/adapter-pg` and `migrate()` alike. */
  connectionString: string;
  /** Drops the connections, stops serving and closes PGlite, flushing it to `dataDir`. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Opens PGlite persisted at `dataDir` and serves it over the Postgres wire protocol, so the product talks to it
 * through `pg` exactly as to a real server: one code path for embedded and production mode. The `pg_trgm`
 * extension is loaded (PGlite needs contrib extensions registered at start); `CREATE EXTENSION pg_trgm` enables it.
 *
 * Connections are served one at a time, each with a fresh session: PGlite has a single backend whose session
 * state (SET, advisory locks, prepared statements, temp tables) would otherwise leak from one connection to the
 * next, so it is reset with DISCARD ALL in between. Use a pool of at most {@link EMBEDDED_POOL_MAX}.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { dataDir, logger } = options;
  const port = options.port ?? 0;
  const host = options.host ?? '127.0.0.1';
  if (typeof dataDir !== 'string' || dataDir === '') {
    throw new TypeError('startEmbeddedPostgres: `dataDir` must be a non-empty path');
  }
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new TypeError(`startEmbeddedPostgres: \`port\` must be an integer from 0 to 65535, got ${port}`);
  }
  if (host !== '127.0.0.1') {
    throw new TypeError(`startEmbeddedPostgres: \`host\` must be '127.0.0.1' (PGlite has no authentication), got ${host}`);
  }

  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });

  // PGLiteSocketServer listens on a private Unix socket; only the one-at-a-time front door below is on TCP.
  const socketDir = await mkdtemp(join(tmpdir(), 'mg-pglite-'));
  const socketServer = new PGLiteSocketServer({ db, path: join(socketDir, '.s.PGSQL.5432') });
  const cleanups: Array<() => Promise<unknown>> = [
    () => db.close(),
    () => rm(socketDir, { recursive: true, force: true }),
  ];
  const cleanUp = async (): Promise<void> => {
    for (const cleanup of cleanups.splice(0)) await cleanup().catch((err: unknown) => logger?.error({ err }, 'embedded Postgres cleanup failed'));
  };

  try {
    await socketServer.start();
    cleanups.unshift(() => socketServer.stop());

    const frontDoor = await serveOneClientAtATime({
      host,
      port,
      upstreamPath: join(socketDir, '.s.PGSQL.5432'),
      betweenClients: async () => {
        await waitUntilIdle(socketServer);
        // The socket handler rolls back an open transaction only if its client sent the last message; be sure.
        if (db.isInTransaction()) await db.exec('ROLLBACK');
        await db.exec('DISCARD ALL');
      },
      onError: (err) => logger?.error({ err }, 'embedded Postgres connection hand-over failed'),
    });
    cleanups.unshift(() => frontDoor.close());

    let stopping: Promise<void> | undefined;
    return {
      connectionString: `postgresql://postgres@${host}:${frontDoor.port}/postgres`,
      stop: () => (stopping ??= cleanUp()),
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** PGLiteSocketServer drops a closed connection a few ticks after the socket closed; wait for that, at most 5 s. */
async function waitUntilIdle(server: PGLiteSocketServer): Promise<void> {
  for (let waited = 0; server.getStats().activeConnections > 0; waited += 2) {
    if (waited > 5_000) throw new Error('the previous embedded Postgres connection did not close within 5 s');
    await delay(2);
  }
}
