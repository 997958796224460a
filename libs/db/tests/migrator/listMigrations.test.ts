import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MigrationsDirectoryError, listMigrations } from '@media-gateway/db';
import { MIGRATIONS_DIR } from '../support/paths.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mg-list-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

describe('listMigrations', () => {
  it('orders migration folders lexically and ignores files beside them', async () => {
    const dir = await folder({
      '20261124000000_b/migration.sql': 'b',
      '20261123000000_a/migration.sql': 'a',
      '20261123000000_B/migration.sql': 'B',
      '20261201000000_c/migration.sql': 'c',
      'migration_lock.toml': 'provider = "postgresql"\n',
    });

    const migrations = await listMigrations(dir);

    // Byte order, as Prisma sorts: upper case before lower case.
    expect(migrations.map((m) => m.name)).toEqual([
      '20261123000000_B',
      '20261123000000_a',
      '20261124000000_b',
      '20261201000000_c',
    ]);
    expect(migrations[1]).toEqual({
      name: '20261123000000_a',
      path: join(dir, '20261123000000_a', 'migration.sql'),
      sql: 'a',
      checksum: 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb',
    });
  });

  it('checksums the file bytes like Prisma, zero-padded sha256 hex', async () => {
    // The vector from prisma-engines' own checksum test (`format_checksum_does_not_strip_zeros`).
    const dir = await folder({ '001_hello/migration.sql': 'hello' });

    const [migration] = await listMigrations(dir);

    expect(migration?.checksum).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
  });

  it("lists the repository's migrations", async () => {
    const migrations = await listMigrations(MIGRATIONS_DIR);

    expect(migrations[0]?.name).toBe('20261123000000_catalog_init');
    expect(migrations[0]?.sql).toContain('CREATE SCHEMA IF NOT EXISTS "catalog";');
  });

  it('rejects a migration folder without migration.sql', async () => {
    const dir = await folder({ '001_ok/migration.sql': 'select 1', '002_empty/README.md': 'oops' });

    const listing = listMigrations(dir);

    await expect(listing).rejects.toBeInstanceOf(MigrationsDirectoryError);
    await expect(listing).rejects.toMatchObject({
      code: 'ERR_MIGRATIONS_DIRECTORY_INVALID',
      message: 'Migration folder 002_empty has no readable migration.sql; restore the file or delete the folder',
      path: join(dir, '002_empty', 'migration.sql'),
    });
  });

  it('rejects a missing migrations folder', async () => {
    const missing = join(tmpdir(), 'mg-no-such-migrations-folder');

    await expect(listMigrations(missing)).rejects.toMatchObject({
      code: 'ERR_MIGRATIONS_DIRECTORY_INVALID',
      message: `Cannot read the migrations folder ${missing}`,
    });
  });
});
