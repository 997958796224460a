import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listMigrations, migrate } from '@media-gateway/db';
import { diffShapes } from '../support/diffShapes.js';
import { expectedSchemaShape, readDmmf } from '../support/expectedSchemaShape.js';
import { introspectSchemaShape } from '../support/introspectSchemaShape.js';
import { MIGRATIONS_DIR, PRISMA_SCHEMA_PATH } from '../support/paths.js';
import type { SchemaShape } from '../support/SchemaShape.js';
import { createTempMigrations } from '../support/tempMigrations.js';
import { createTestDatabase, NO_SERVER, type TestDatabase } from '../support/testDatabase.js';

// The native schema engine (and so `prisma migrate diff`) can't run here, so equality with schema.prisma is proven
// another way: Prisma's own parse of the schema (DMMF) gives the expected tables, columns, keys, indexes and
// foreign keys; the migrations are applied to an empty database whose catalog gives the actual ones.

let expected: SchemaShape;
let schemas: string[];

beforeAll(async () => {
  expected = expectedSchemaShape(await readDmmf(PRISMA_SCHEMA_PATH));
  schemas = [...new Set(Object.keys(expected).map((table) => table.split('.')[0] ?? 'public'))];
});

let database: TestDatabase;
beforeEach(async () => {
  if (NO_SERVER) return;
  database = await createTestDatabase();
});
afterEach(async () => {
  await database?.drop();
});

async function migratedShape(migrationsDir: string): Promise<SchemaShape> {
  await migrate({ connectionString: database.url, migrationsDir });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await introspectSchemaShape(client, schemas);
  } finally {
    await client.end();
  }
}

describe.skipIf(NO_SERVER)('prisma/migrations', () => {
  it('create exactly the schema that prisma/schema.prisma describes', async () => {
    const actual = await migratedShape(MIGRATIONS_DIR);
    const differences = diffShapes(expected, actual);
    expect(differences, `migrations drifted from schema.prisma:\n  ${differences.join('\n  ')}`).toEqual([]);
    // Guard against comparing two empty shapes.
    expect(Object.keys(actual)).toContain('catalog.title');
  });
});

describe.skipIf(NO_SERVER)('the comparison', () => {
  let broken: Awaited<ReturnType<typeof createTempMigrations>>;
  afterAll(async () => {
    await broken?.remove();
  });

  it('reports a missing column, a nullable one, a lost index and a changed foreign key', async () => {
    const migrations = await listMigrations(MIGRATIONS_DIR);
    const files = await Promise.all(migrations.map(async (m) => [m.name, await readFile(m.path, 'utf8')] as const));
    const mutate = (sql: string): string =>
      sql
        .replace('    "overview" TEXT,\n', '')
        .replace('"content_type" TEXT NOT NULL', '"content_type" TEXT')
        .replace(/-- CreateIndex\nCREATE INDEX "offer_regions_idx"[^\n]*\n/, '')
        .replace(
          /("offer_title_id_fkey"[^\n]*)ON DELETE CASCADE/,
          '$1ON DELETE SET NULL',
        );
    broken = await createTempMigrations(Object.fromEntries(files.map(([name, sql]) => [name, mutate(sql)])));

    const differences = diffShapes(expected, await migratedShape(broken.dir));

    expect(differences).toEqual([
      'catalog.offer.foreignKeys.offer_title_id_fkey.onDelete: expected "CASCADE", database has "SET NULL"',
      'catalog.offer.indexes.offer_regions_idx: missing in database (expected {"columns":["regions"],"unique":false,"method":"gin"})',
      'catalog.title.columns.content_type.nullable: expected false, database has true',
      'catalog.title.columns.overview: missing in database (expected {"type":"text","nullable":true,"default":null})',
    ]);
  });
});
