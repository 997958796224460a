import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DbLogger } from '../DbLogger.js';
import {
  MigrationChecksumMismatchError,
  MigrationFailedError,
  MigrationLockTimeoutError,
  MigrationNotFinishedError,
} from '../errors.js';
import { acquireMigrationLock, releaseMigrationLock } from '../lib/migrationLock.js';
import { ensureMigrationsTable, migrationsTableName, readMigrationRecords } from '../lib/migrationsTable.js';
import type { MigrationRecord } from '../lib/migrationsTable.js';
import { pgErrorInfo } from '../lib/pgErrorInfo.js';
import { quoteIdent } from '../lib/quoteIdent.js';
import { splitSchemaParam } from '../lib/splitSchemaParam.js';
import { listMigrations } from './listMigrations.js';
import type { MigrationFile } from './listMigrations.js';
import { migrationChecksumMatches } from './migrationChecksum.js';

export interface MigrateOptions {
  /** Postgres URL. `?schema=<name>` picks the schema of `_prisma_migrations` and the search_path, as in Prisma. */
  connectionString: string;
  /** Folder of Prisma migration folders, e.g. `prisma/migrations`. */
  migrationsDir: string;
  logger?: DbLogger;
  /**
   * How long to wait for another process's migration to finish before giving up.
   * @default 10_000 (Prisma's ADVISORY_LOCK_TIMEOUT)
   */
  lockTimeoutMs?: number;
}

export interface MigrateResult {
  /** Migrations this call applied, in order. */
  applied: string[];
  /** Migrations that were already applied before this call. */
  skipped: string[];
}

/**
 * Applies the pending migrations of `migrationsDir` and records them in `_prisma_migrations` the way
 * `prisma migrate deploy` does, so either tool can take over a database the other one migrated.
 *
 * Differences from Prisma, on purpose: each migration runs in one transaction together with its
 * `_prisma_migrations` row, so a failing migration leaves neither a half-applied schema nor a "failed" row
 * (Prisma keeps one and then refuses to continue with P3009); and a checksum mismatch on an applied migration
 * stops the run (Prisma's `deploy` only warns, `dev` refuses). Statements that cannot run in a transaction block
 * (`CREATE INDEX CONCURRENTLY`, explicit `BEGIN`/`COMMIT`) are therefore not supported in migration.sql.
 *
 * Concurrent callers are serialised by Prisma's advisory lock; whoever comes second sees everything applied.
 */
export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const { connectionString, migrationsDir, logger } = options;
  if (typeof connectionString !== 'string' || connectionString === '') {
    throw new TypeError('migrate: `connectionString` must be a non-empty Postgres URL');
  }
  if (typeof migrationsDir !== 'string' || migrationsDir === '') {
    throw new TypeError('migrate: `migrationsDir` must be a non-empty path');
  }
  const lockTimeoutMs = options.lockTimeoutMs ?? 10_000;
  if (!Number.isFinite(lockTimeoutMs) || lockTimeoutMs <= 0) {
    throw new TypeError(`migrate: \`lockTimeoutMs\` must be a positive number of milliseconds, got ${lockTimeoutMs}`);
  }

  // Read the files first: a broken folder should fail before we touch the database.
  const migrations = await listMigrations(migrationsDir);
  const { connectionString: pgUrl, schema } = splitSchemaParam(connectionString);

  const client = new pg.Client({ connectionString: pgUrl });
  // Without a listener a dropped connection would crash the process instead of failing the query in flight.
  client.on('error', (err) => logger?.error({ err }, 'migration connection failed'));
  await client.connect();
  try {
    try {
      await acquireMigrationLock(client, lockTimeoutMs);
    } catch (error) {
      if (pgErrorInfo(error).sqlState === '55P03') throw new MigrationLockTimeoutError(lockTimeoutMs, { cause: error });
      throw error;
    }
    try {
      await ensureMigrationsTable(client, schema);
      const records = await readMigrationRecords(client, schema);
      const applied = verifyHistory(migrations, records);

      const result: MigrateResult = { applied: [], skipped: [] };
      for (const migration of migrations) {
        if (applied.has(migration.name)) {
          result.skipped.push(migration.name);
          continue;
        }
        await applyMigration(client, schema, migration, logger);
        result.applied.push(migration.name);
      }
      logger?.info(result, result.applied.length ? 'database migrated' : 'database schema is up to date');
      return result;
    } finally {
      await releaseMigrationLock(client).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Checks the recorded history against the files and returns the names already applied. A row that started but
 * never finished (left by `prisma migrate deploy` after a failure) blocks the run, as it does in Prisma.
 */
function verifyHistory(migrations: readonly MigrationFile[], records: readonly MigrationRecord[]): Set<string> {
  const live = records.filter((record) => record.rolledBackAt === null);
  const unfinished = live.find((record) => record.finishedAt === null);
  if (unfinished) throw new MigrationNotFinishedError(unfinished.migrationName);

  const applied = new Set(live.map((record) => record.migrationName));
  for (const migration of migrations) {
    const record = live.find((r) => r.migrationName === migration.name);
    if (record && !migrationChecksumMatches(migration.sql, record.checksum)) {
      throw new MigrationChecksumMismatchError(migration.name, migration.checksum, record.checksum);
    }
  }
  return applied;
}

async function applyMigration(
  client: pg.Client,
  schema: string,
  migration: MigrationFile,
  logger: DbLogger | undefined,
): Promise<void> {
  const table = migrationsTableName(schema);
  const startedAt = performance.now();
  logger?.info({ migration: migration.name }, 'applying migration');
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL search_path TO ${quoteIdent(schema)}`);
    const id = randomUUID();
    await client.query(
      `INSERT INTO ${table} (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    // No parameters: pg sends it as a simple query, which may hold many statements (what Prisma's raw_cmd does).
    await client.query(migration.sql);
    // now() would repeat the transaction's start time; clock_timestamp() is when the script really finished.
    await client.query(
      `UPDATE ${table} SET finished_at = clock_timestamp(), applied_steps_count = applied_steps_count + 1 WHERE id = $1`,
      [id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    const { message, sqlState } = pgErrorInfo(error);
    logger?.error({ migration: migration.name, err: error }, 'migration failed and was rolled back');
    throw new MigrationFailedError(migration.name, message, sqlState, { cause: error });
  }
  logger?.info({ migration: migration.name, ms: Math.round(performance.now() - startedAt) }, 'migration applied');
}
