import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { MIGRATIONS_DIR, migrate, startEmbeddedPostgres } from '@media-gateway/db';

export interface TestDatabase {
  url: string;
  kind: 'postgres' | 'pglite';
  /** Pool size callers should use: PGlite serves one connection at a time. */
  poolMax: number;
  dispose(): Promise<void>;
}

/**
 * A fresh, empty database of its own for one test file: a new database on the detected Postgres server, or an
 * embedded PGlite in a temp folder when no server answered. Migrated unless `migrated: false`.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = process.env.MG_TEST_POSTGRES_ADMIN_URL;
  const database = adminUrl ? await createPostgresDatabase(adminUrl) : await createPgliteDatabase();
  if (options.migrated !== false) {
    try {
      await migrate({ connectionString: database.url, migrationsDir: MIGRATIONS_DIR });
    } catch (error) {
      await database.dispose();
      throw error;
    }
  }
  return database;
}

async function createPostgresDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `mg_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'postgres',
    poolMax: 5,
    async dispose() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function createPgliteDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mg-test-pglite-'));
  const server = await startEmbeddedPostgres({ dataDir, port: 0 });
  return {
    url: server.connectionString,
    kind: 'pglite',
    poolMax: 1,
    async dispose() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
