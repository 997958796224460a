import type pg from 'pg';
import type { SchemaShape, TableShape } from './SchemaShape.js';

// Reads the same shape as expectedSchemaShape from the catalog of a live database (pg_catalog rather than
// information_schema: the latter hides index methods, sort order and types' modifiers).

const ACTIONS: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

/** Every table of `schemas`, except Prisma's bookkeeping table `_prisma_migrations`. */
export async function introspectSchemaShape(client: pg.ClientBase, schemas: string[]): Promise<SchemaShape> {
  const shape: SchemaShape = {};
  const table = (key: string): TableShape =>
    (shape[key] ??= { columns: {}, primaryKey: null, indexes: {}, foreignKeys: {} });

  const { rows: columns } = await client.query<{ tbl: string; col: string; type: string; notnull: boolean; dflt: string | null }>(
    `SELECT n.nspname || '.' || c.relname AS tbl, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS dflt
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1) AND c.relname <> '_prisma_migrations'
      ORDER BY 1, a.attnum`,
    [schemas],
  );
  for (const c of columns) table(c.tbl).columns[c.col] = { type: c.type, nullable: !c.notnull, default: c.dflt };

  const { rows: indexes } = await client.query<{
    tbl: string;
    name: string;
    method: string;
    is_primary: boolean;
    is_unique: boolean;
    columns: string[];
  }>(
    `SELECT n.nspname || '.' || t.relname AS tbl, ic.relname AS name, am.amname AS method,
            i.indisprimary AS is_primary, i.indisunique AS is_unique,
            ARRAY(
              SELECT CASE WHEN i.indkey[k - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k, true)
                          ELSE (SELECT attname::text FROM pg_attribute WHERE attrelid = t.oid AND attnum = i.indkey[k - 1]) END
                     || CASE WHEN (i.indoption[k - 1] & 1) = 1 THEN ' DESC' ELSE '' END
                FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k
            ) AS columns
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_am am ON am.oid = ic.relam
      WHERE n.nspname = ANY($1) AND t.relname <> '_prisma_migrations'`,
    [schemas],
  );
  for (const index of indexes) {
    if (index.is_primary) {
      table(index.tbl).primaryKey = { name: index.name, columns: index.columns };
    } else {
      table(index.tbl).indexes[index.name] = { columns: index.columns, unique: index.is_unique, method: index.method };
    }
  }

  const { rows: foreignKeys } = await client.query<{
    tbl: string;
    name: string;
    columns: string[];
    referenced_table: string;
    referenced_columns: string[];
    on_delete: string;
    on_update: string;
  }>(
    `SELECT n.nspname || '.' || t.relname AS tbl, con.conname AS name,
            ARRAY(SELECT attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute ON attrelid = con.conrelid AND pg_attribute.attnum = k.attnum ORDER BY ord) AS columns,
            rn.nspname || '.' || rt.relname AS referenced_table,
            ARRAY(SELECT attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute ON attrelid = con.confrelid AND pg_attribute.attnum = k.attnum ORDER BY ord)
              AS referenced_columns,
            con.confdeltype AS on_delete, con.confupdtype AS on_update
       FROM pg_constraint con
       JOIN pg_class t ON t.oid = con.conrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_class rt ON rt.oid = con.confrelid
       JOIN pg_namespace rn ON rn.oid = rt.relnamespace
      WHERE con.contype = 'f' AND n.nspname = ANY($1)`,
    [schemas],
  );
  for (const fk of foreignKeys) {
    table(fk.tbl).foreignKeys[fk.name] = {
      columns: fk.columns,
      referencedTable: fk.referenced_table,
      referencedColumns: fk.referenced_columns,
      onDelete: ACTIONS[fk.on_delete] ?? fk.on_delete,
      onUpdate: ACTIONS[fk.on_update] ?? fk.on_update,
    };
  }
  return shape;
}
