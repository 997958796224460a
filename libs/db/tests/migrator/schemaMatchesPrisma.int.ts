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
  const dmmf = await readDmmf(PRISMA_SCHEMA_PATH);
  const unsupported = unsupportedFields(await readFile(PRISMA_SCHEMA_PATH, 'utf8'), dmmf);
  expected = expectedSchemaShape(withEscapeHatchesAsScalars(dmmf, unsupported));
  for (const field of unsupported) {
    const column = expected[field.table]?.columns[field.column];
    if (!column) throw new Error(`expected shape lacks ${field.table}.${field.column}`);
    column.type = field.type;
  }
  schemas = [...new Set(Object.keys(expected).map((table) => table.split('.')[0] ?? 'public'))];
});

// Prisma's escape hatches for Postgres features it has no type for (discovery's full-text and trigram search) are
// not in the DMMF the way expectedSchemaShape reads it: an `Unsupported("tsvector")` field is left out of its model
// (so an index on it names a field the model lacks), and an index column's operator class (`ops: raw("gin_trgm_ops")`)
// is not modelled. So unsupported fields are read from the schema text and put back as scalar fields whose expected
// type is then replaced by the declared one, and operator classes are dropped from index columns. The database must
// still have exactly these columns (type, nullability, no default) and indexes (name, method, columns); only the
// operator class name goes unchecked (a GIN index on text cannot even be built without one).
type Dmmf = Awaited<ReturnType<typeof readDmmf>>;
interface UnsupportedField {
  model: string;
  /** `<schema>.<table>`, the expected shape's key. */
  table: string;
  name: string;
  column: string;
  /** The declared type, as Postgres' format_type spells it (`tsvector`). */
  type: string;
  required: boolean;
}

function unsupportedFields(schemaText: string, dmmf: Dmmf): UnsupportedField[] {
  const fields: UnsupportedField[] = [];
  for (const [, modelName = '', body = ''] of schemaText.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    for (const [, name = '', type = '', optional, rest = ''] of body.matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(.*)$/gm)) {
      const model = dmmf.datamodel.models.find((m) => m.name === modelName);
      if (!model) throw new Error(`model ${modelName} of schema.prisma is not in the DMMF`);
      const table = `${model.schema ?? 'public'}.${model.dbName ?? model.name}`;
      const column = /@map\("([^"]+)"\)/.exec(rest)?.[1] ?? name;
      fields.push({ model: modelName, table, name, column, type, required: !optional });
    }
  }
  return fields;
}

function withEscapeHatchesAsScalars(dmmf: Dmmf, unsupported: readonly UnsupportedField[]): Dmmf {
  const copy = structuredClone(dmmf);
  for (const field of unsupported) {
    copy.datamodel.models.find((m) => m.name === field.model)?.fields.push({
      name: field.name,
      dbName: field.column,
      kind: 'scalar',
      type: 'String',
      isList: false,
      isRequired: field.required,
      hasDefaultValue: false,
    });
  }
  for (const index of copy.datamodel.indexes) {
    index.fields = index.fields.map(({ operatorClass: _operatorClass, ...field }) => field);
  }
  return copy;
}

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
    // Only the catalog's first migration is broken: later migrations may spell the same columns (discovery has an
    // "overview" too), and the expected differences below name catalog tables only.
    const isCatalogInit = (name: string) => name.endsWith('_catalog_init');
    broken = await createTempMigrations(
      Object.fromEntries(files.map(([name, sql]) => [name, isCatalogInit(name) ? mutate(sql) : sql])),
    );

    const differences = diffShapes(expected, await migratedShape(broken.dir));

    expect(differences).toEqual([
      'catalog.offer.foreignKeys.offer_title_id_fkey.onDelete: expected "CASCADE", database has "SET NULL"',
      'catalog.offer.indexes.offer_regions_idx: missing in database (expected {"columns":["regions"],"unique":false,"method":"gin"})',
      'catalog.title.columns.content_type.nullable: expected false, database has true',
      'catalog.title.columns.overview: missing in database (expected {"type":"text","nullable":true,"default":null})',
    ]);
  });

  it('still compares what goes through Prisma\'s escape hatches: an Unsupported column, an operator-class index', async () => {
    const migrations = await listMigrations(MIGRATIONS_DIR);
    const files = await Promise.all(migrations.map(async (m) => [m.name, await readFile(m.path, 'utf8')] as const));
    const mutate = (sql: string): string =>
      sql
        .replace('"search_vector" tsvector NOT NULL', '"search_vector" tsvector')
        .replace(/-- CreateIndex\nCREATE INDEX "search_document_names_text_idx"[^\n]*\n/, '');
    const escapes = await createTempMigrations(
      Object.fromEntries(files.map(([name, sql]) => [name, name.endsWith('_discovery_init') ? mutate(sql) : sql])),
    );
    try {
      expect(diffShapes(expected, await migratedShape(escapes.dir))).toEqual([
        'discovery.search_document.columns.search_vector.nullable: expected false, database has true',
        'discovery.search_document.indexes.search_document_names_text_idx: missing in database (expected {"columns":["names_text"],"unique":false,"method":"gin"})',
      ]);
    } finally {
      await escapes.remove();
    }
  });
});
