import type pg from 'pg';
import { quoteIdent } from './quoteIdent.js';

// `_prisma_migrations` exactly as the schema engine creates it (prisma-engines
// `sql-schema-connector/src/flavour/postgres.rs`, `create_migrations_table`). Prisma relies on the search_path to
// place it in the URL's schema; so do we, with SET LOCAL so the setting can't outlive the transaction (on embedded
// PGlite every connection shares one session).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

/** One row of `_prisma_migrations`. */
export interface MigrationRecord {
  id: string;
  checksum: string;
  migrationName: string;
  finishedAt: Date | null;
  rolledBackAt: Date | null;
}

export function migrationsTableName(schema: string): string {
  return `${quoteIdent(schema)}._prisma_migrations`;
}

/** Creates the schema (if missing, as Prisma does for `?schema=`) and the table (if missing). Call under the lock. */
export async function ensureMigrationsTable(client: pg.ClientBase, schema: string): Promise<void> {
  const { rows } = await client.query<{ schema_exists: boolean; table_exists: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS schema_exists,
            to_regclass($2) IS NOT NULL AS table_exists`,
    [schema, migrationsTableName(schema)],
  );
  const state = rows[0];
  if (state?.table_exists) return;

  await client.query('BEGIN');
  try {
    // Only when missing: CREATE SCHEMA IF NOT EXISTS still needs the CREATE privilege on the database.
    if (!state?.schema_exists) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query(`SET LOCAL search_path TO ${quoteIdent(schema)}`);
    await client.query(CREATE_MIGRATIONS_TABLE);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export async function readMigrationRecords(client: pg.ClientBase, schema: string): Promise<MigrationRecord[]> {
  const { rows } = await client.query<{
    id: string;
    checksum: string;
    migration_name: string;
    finished_at: Date | null;
    rolled_back_at: Date | null;
  }>(
    `SELECT id, checksum, migration_name, finished_at, rolled_back_at
       FROM ${migrationsTableName(schema)} ORDER BY started_at, migration_name`,
  );
  return rows.map((row) => ({
    id: row.id,
    checksum: row.checksum,
    migrationName: row.migration_name,
    finishedAt: row.finished_at,
    rolledBackAt: row.rolled_back_at,
  }));
}
