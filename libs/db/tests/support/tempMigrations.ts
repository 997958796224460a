import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throw-away Prisma migrations folder: `{ '001_x': 'SQL', ... }` becomes `<dir>/001_x/migration.sql`. */
export async function createTempMigrations(migrations: Record<string, string>): Promise<{
  dir: string;
  write(name: string, sql: string): Promise<void>;
  remove(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'mg-migrations-'));
  const write = async (name: string, sql: string): Promise<void> => {
    await mkdir(join(dir, name), { recursive: true });
    await writeFile(join(dir, name, 'migration.sql'), sql);
  };
  for (const [name, sql] of Object.entries(migrations)) await write(name, sql);
  await writeFile(join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  return { dir, write, remove: () => rm(dir, { recursive: true, force: true }) };
}
