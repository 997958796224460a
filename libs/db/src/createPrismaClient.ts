import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { DbLogger } from './DbLogger.js';
import { PrismaClient } from './generated/prisma/client.js';
import { splitSchemaParam } from './lib/splitSchemaParam.js';

export interface CreatePrismaClientOptions {
  /** Postgres URL; `?schema=` sets the adapter's default schema as in Prisma (models with `@@schema` ignore it). */
  connectionString: string;
  /**
   * Connections in the pool. Use `EMBEDDED_POOL_MAX` (1) against embedded Postgres.
   * @default 10 (pg's default)
   */
  poolMax?: number;
  /** Receives errors of idle connections, which would otherwise crash the process. */
  logger?: DbLogger;
}

export interface DbClient {
  prisma: PrismaClient;
  /** The pool Prisma runs on; use it for raw SQL and `checkDatabase`, its queries are counted too. */
  pool: pg.Pool;
  /**
   * Statements sent to Postgres through this pool since it was created: every `query` call on any of its
   * connections, whether Prisma's (including BEGIN/COMMIT of transactions) or raw. End-to-end tests read it before
   * and after a request to prove that rejected input never reached the database.
   */
  queryCount(): number;
  /** Disconnects Prisma and ends the pool. Safe to call twice. */
  dispose(): Promise<void>;
}

/** A Prisma client on a `pg` pool through `@prisma/adapter-pg`, the same way in embedded and production mode. */
export function createPrismaClient(options: CreatePrismaClientOptions): DbClient {
  const { connectionString, logger } = options;
  if (typeof connectionString !== 'string' || connectionString === '') {
    throw new TypeError('createPrismaClient: `connectionString` must be a non-empty Postgres URL');
  }
  const poolMax = options.poolMax ?? 10;
  if (!Number.isInteger(poolMax) || poolMax < 1) {
    throw new TypeError(`createPrismaClient: \`poolMax\` must be a positive integer, got ${poolMax}`);
  }

  const { connectionString: pgUrl, schema } = splitSchemaParam(connectionString);
  const pool = new pg.Pool({ connectionString: pgUrl, max: poolMax });
  pool.on('error', (err) => logger?.error({ err }, 'idle database connection failed'));

  // Count at the connection, not at pool.query: Prisma's transactions run on checked-out clients, and pool.query
  // itself goes through a client, so this sees every statement exactly once.
  let count = 0;
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      count += 1;
      return query(...args);
    };
  });

  const adapter = new PrismaPg(pool, schema === 'public' ? undefined : { schema });
  const prisma = new PrismaClient({ adapter });

  let disposing: Promise<void> | undefined;
  return {
    prisma,
    pool,
    queryCount: () => count,
    dispose: () =>
      (disposing ??= (async () => {
        await prisma.$disconnect();
        await pool.end();
      })()),
  };
}
