import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MigrationsDirectoryError } from '../errors.js';
import { computeMigrationChecksum } from './migrationChecksum.js';

/** One Prisma migration folder: `<migrationsDir>/<name>/migration.sql`. */
export interface MigrationFile {
  /** The folder name, e.g. `20261123000000_catalog_init`; this is `_prisma_migrations.migration_name`. */
  name: string;
  /** Absolute or caller-relative path of the migration.sql. */
  path: string;
  sql: string;
  /** sha256 hex of the file's bytes, as Prisma records it. */
  checksum: string;
}

/**
 * The migrations in `dir`, in the order Prisma applies them: folder names sorted lexically (byte order; the
 * timestamp prefix makes that chronological). Files beside the folders, such as `migration_lock.toml`, are ignored.
 * A folder without a migration.sql is an error, as it is for `prisma migrate deploy` (P3015).
 */
export async function listMigrations(dir: string): Promise<MigrationFile[]> {
  if (typeof dir !== 'string' || dir === '') throw new TypeError('listMigrations: `dir` must be a non-empty path');

  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    throw new MigrationsDirectoryError(`Cannot read the migrations folder ${dir}`, dir, { cause });
  }

  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(byCodeUnit);

  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name, 'migration.sql');
      let bytes: Buffer;
      try {
        bytes = await readFile(path);
      } catch (cause) {
        throw new MigrationsDirectoryError(
          `Migration folder ${name} has no readable migration.sql; restore the file or delete the folder`,
          path,
          { cause },
        );
      }
      // The checksum is taken over the raw bytes so a BOM or odd encoding can't make it differ from Prisma's.
      return { name, path, sql: bytes.toString('utf8'), checksum: computeMigrationChecksum(bytes) };
    }),
  );
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
