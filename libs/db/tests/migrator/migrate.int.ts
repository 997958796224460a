import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MigrationChecksumMismatchError,
  MigrationFailedError,
  MigrationLockTimeoutError,
  MigrationNotFinishedError,
  listMigrations,
  migrate,
} from '@media-gateway/db';
import type { DbLogger } from '@media-gateway/db';
import { MIGRATIONS_DIR } from '../support/paths.js';
import { createTempMigrations } from '../support/tempMigrations.js';
import { createTestDatabase, NO_SERVER, type TestDatabase } from '../support/testDatabase.js';

let database: TestDatabase;
const cleanups: Array<() => Promise<void>> = [];

beforeEach(async () => {
  if (NO_SERVER) return;
  database = await createTestDatabase();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await database?.drop();
});

async function tempMigrations(migrations: Record<string, string>) {
  const temp = await createTempMigrations(migrations);
  cleanups.push(temp.remove);
  return temp;
}

interface Row {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
  logs: string | null;
  applied_steps_count: number;
}
const history = (schema = 'public') =>
  database.query<Row>(`SELECT * FROM "${schema}"._prisma_migrations ORDER BY migration_name`);
const tableExists = async (name: string) =>
  (await database.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [name]))[0]?.found;

describe.skipIf(NO_SERVER)('migrate', () => {
  it('applies every migration to a fresh database and records it as prisma migrate deploy does', async () => {
    const names = (await listMigrations(MIGRATIONS_DIR)).map((m) => m.name);
    expect(names).toContain('20261123000000_catalog_init');

    const result = await migrate({ connectionString: database.url, migrationsDir: MIGRATIONS_DIR });

    expect(result).toEqual({ applied: names, skipped: [] });
    expect(await tableExists('catalog.title')).toBe(true);
    const rows = await history();
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const file = await readFile(join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
      expect(row).toMatchObject({
        checksum: createHash('sha256').update(file).digest('hex'),
        rolled_back_at: null,
        logs: null,
        applied_steps_count: 1,
      });
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
  });

  it("creates _prisma_migrations with Prisma's exact columns", async () => {
    await migrate({ connectionString: database.url, migrationsDir: MIGRATIONS_DIR });

    const columns = await database.query(
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
         FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: 'id', data_type: 'character varying', length: 36, is_nullable: 'NO', column_default: null },
      { column_name: 'checksum', data_type: 'character varying', length: 64, is_nullable: 'NO', column_default: null },
      { column_name: 'finished_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'migration_name', data_type: 'character varying', length: 255, is_nullable: 'NO', column_default: null },
      { column_name: 'logs', data_type: 'text', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'rolled_back_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'YES', column_default: null },
      { column_name: 'started_at', data_type: 'timestamp with time zone', length: null, is_nullable: 'NO', column_default: 'now()' },
      { column_name: 'applied_steps_count', data_type: 'integer', length: null, is_nullable: 'NO', column_default: '0' },
    ]);
    const [pk] = await database.query(
      `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = '_prisma_migrations'::regclass`,
    );
    expect(pk).toEqual({ conname: '_prisma_migrations_pkey', def: 'PRIMARY KEY (id)' });
  });

  it('is a no-op when run again', async () => {
    const first = await migrate({ connectionString: database.url, migrationsDir: MIGRATIONS_DIR });
    const before = await history();

    const second = await migrate({ connectionString: database.url, migrationsDir: MIGRATIONS_DIR });

    expect(second).toEqual({ applied: [], skipped: first.applied });
    expect(await history()).toEqual(before);
  });

  it('rolls a failing migration back completely, records nothing for it and keeps the good one', async () => {
    const temp = await tempMigrations({
      '001_good': 'CREATE TABLE good (id int);',
      // Fails on its third statement, after two have run: only a transaction can undo them.
      '002_broken': 'CREATE TABLE partial (id int);\nINSERT INTO partial VALUES (1);\nSELECT 1 / 0;',
      '003_after': 'CREATE TABLE after_broken (id int);',
    });
    const logged: Array<{ level: string; msg?: string }> = [];
    const logger: DbLogger = {
      info: (_obj, msg) => logged.push({ level: 'info', msg }),
      error: (_obj, msg) => logged.push({ level: 'error', msg }),
    };

    const failure = migrate({ connectionString: database.url, migrationsDir: temp.dir, logger });

    await expect(failure).rejects.toBeInstanceOf(MigrationFailedError);
    await expect(failure).rejects.toMatchObject({
      code: 'ERR_MIGRATION_FAILED',
      migrationName: '002_broken',
      sqlState: '22012',
      message: 'Migration 002_broken failed and was rolled back: division by zero (SQLSTATE 22012)',
    });
    expect(await tableExists('good')).toBe(true);
    expect(await tableExists('partial')).toBe(false);
    expect(await tableExists('after_broken')).toBe(false);
    expect((await history()).map((r) => r.migration_name)).toEqual(['001_good']);
    expect(logged).toContainEqual({ level: 'error', msg: 'migration failed and was rolled back' });

    // Nothing to resolve by hand: fixing the file is enough.
    await temp.write('002_broken', 'CREATE TABLE partial (id int);');
    await expect(migrate({ connectionString: database.url, migrationsDir: temp.dir })).resolves.toEqual({
      applied: ['002_broken', '003_after'],
      skipped: ['001_good'],
    });
  });

  it('stops when an applied migration was edited, before applying anything', async () => {
    const temp = await tempMigrations({ '001_first': 'CREATE TABLE first (id int);' });
    await migrate({ connectionString: database.url, migrationsDir: temp.dir });
    const recorded = (await history())[0]?.checksum;
    await temp.write('001_first', 'CREATE TABLE first (id bigint);');
    await temp.write('002_second', 'CREATE TABLE second (id int);');

    const run = migrate({ connectionString: database.url, migrationsDir: temp.dir });

    await expect(run).rejects.toBeInstanceOf(MigrationChecksumMismatchError);
    await expect(run).rejects.toMatchObject({
      code: 'ERR_MIGRATION_CHECKSUM_MISMATCH',
      migrationName: '001_first',
      recordedChecksum: recorded,
      fileChecksum: createHash('sha256').update('CREATE TABLE first (id bigint);').digest('hex'),
    });
    expect(await tableExists('second')).toBe(false);
  });

  it('accepts an applied migration whose line endings changed, as Prisma does', async () => {
    const temp = await tempMigrations({ '001_first': 'CREATE TABLE first (id int);\nCREATE TABLE other (id int);\n' });
    await migrate({ connectionString: database.url, migrationsDir: temp.dir });
    await temp.write('001_first', 'CREATE TABLE first (id int);\r\nCREATE TABLE other (id int);\r\n');

    await expect(migrate({ connectionString: database.url, migrationsDir: temp.dir })).resolves.toEqual({
      applied: [],
      skipped: ['001_first'],
    });
  });

  it('lets two concurrent runs apply each migration once', async () => {
    const temp = await tempMigrations({
      // Slow enough that the second run is certainly waiting on the advisory lock meanwhile.
      '001_slow': 'CREATE TABLE slow (id int);\nSELECT pg_sleep(0.5);',
      '002_next': 'CREATE TABLE next (id int);',
    });
    const run = () => migrate({ connectionString: database.url, migrationsDir: temp.dir });

    const results = await Promise.all([run(), run()]);

    const all = ['001_slow', '002_next'];
    expect(results).toEqual(
      expect.arrayContaining([
        { applied: all, skipped: [] },
        { applied: [], skipped: all },
      ]),
    );
    expect((await history()).map((r) => r.migration_name)).toEqual(all);
  });

  it('gives up with a typed error when another process holds the migration lock too long', async () => {
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    cleanups.push(() => holder.end());
    await holder.query('SELECT pg_advisory_lock(72707369)');

    const run = migrate({ connectionString: database.url, migrationsDir: MIGRATIONS_DIR, lockTimeoutMs: 200 });

    await expect(run).rejects.toBeInstanceOf(MigrationLockTimeoutError);
    await expect(run).rejects.toMatchObject({ code: 'ERR_MIGRATION_LOCK_TIMEOUT', timeoutMs: 200 });
  });

  it('refuses to continue past a migration Prisma left unfinished (P3009)', async () => {
    const temp = await tempMigrations({ '001_first': 'CREATE TABLE first (id int);' });
    await migrate({ connectionString: database.url, migrationsDir: temp.dir });
    await database.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs) VALUES ('x', 'y', '002_crashed', 'boom')`,
    );

    const run = migrate({ connectionString: database.url, migrationsDir: temp.dir });

    await expect(run).rejects.toBeInstanceOf(MigrationNotFinishedError);
    await expect(run).rejects.toMatchObject({ code: 'ERR_MIGRATION_NOT_FINISHED', migrationName: '002_crashed' });
  });

  it('keeps _prisma_migrations in the schema named by ?schema=, as Prisma does', async () => {
    const temp = await tempMigrations({ '001_first': 'CREATE TABLE first (id int);' });

    await migrate({ connectionString: `${database.url}?schema=mg_meta`, migrationsDir: temp.dir });

    expect((await history('mg_meta')).map((r) => r.migration_name)).toEqual(['001_first']);
    // Unqualified names in migration.sql land there too, because it is the search_path while they run.
    expect(await tableExists('mg_meta.first')).toBe(true);
    expect(await tableExists('public._prisma_migrations')).toBe(false);
  });
});
