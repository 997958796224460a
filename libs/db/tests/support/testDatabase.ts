import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Server-level URL used to create and drop the per-test databases: the Postgres the test run detected. Empty when
 * none answered; the suites that need a real server then skip with `NO_SERVER`.
 */
export const ADMIN_URL = process.env.MG_TEST_POSTGRES_ADMIN_URL ?? '';
export const NO_SERVER = !ADMIN_URL;
if (NO_SERVER) console.warn('libs/db server suites skipped: no PostgreSQL reachable (set DATABASE_URL or start one on 127.0.0.1:5432)');

export interface TestDatabase {
  name: string;
  /** URL of the new, empty database (same server and credentials as ADMIN_URL). */
  url: string;
  /** Runs one statement on the test database through a short-lived connection. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

/** A fresh `mg_test_<random>` database on the real server; `drop()` removes it even with connections left open. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `mg_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    query: async (text, values) => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query(text, values)).rows;
      } finally {
        await client.end();
      }
    },
    drop: () => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
