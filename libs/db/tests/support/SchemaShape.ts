/**
 * A database schema reduced to what Prisma's schema describes, keyed by `<schema>.<table>`. Both sides of the
 * schema-equality test produce this shape: one from the Prisma DMMF, one from the catalog of a migrated database.
 * Types use Postgres' own spelling (`format_type`), defaults the text `pg_get_expr` prints.
 */
export type SchemaShape = Record<string, TableShape>;

export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: { name: string; columns: string[] } | null;
  /** Non-primary-key indexes by name; unique constraints are unique indexes here, as Prisma creates them. */
  indexes: Record<string, IndexShape>;
  foreignKeys: Record<string, ForeignKeyShape>;
}

export interface ColumnShape {
  /** e.g. `uuid`, `text[]`, `numeric(10,2)`, `timestamp(6) with time zone`. */
  type: string;
  nullable: boolean;
  /** e.g. `0.5`, `CURRENT_TIMESTAMP`, `'{}'::jsonb`; null when the column has no database default. */
  default: string | null;
}

export interface IndexShape {
  /** Column names, with ` DESC` appended for descending keys. */
  columns: string[];
  unique: boolean;
  /** Access method: `btree`, `gin`, `gist`, `hash`, ... */
  method: string;
}

export interface ForeignKeyShape {
  columns: string[];
  /** `<schema>.<table>` */
  referencedTable: string;
  referencedColumns: string[];
  /** SQL spelling: `CASCADE`, `RESTRICT`, `NO ACTION`, `SET NULL`, `SET DEFAULT`. */
  onDelete: string;
  onUpdate: string;
}
