import type { Prisma } from '@media-gateway/db';

/**
 * Inserts many rows in one statement by passing them as one JSON parameter (`jsonb_to_recordset`). For bulk
 * imports this is far cheaper than `createMany`, whose per-row work in the client dominates at tens of thousands
 * of rows. `columns` is trusted SQL (column names with types), never user input.
 */
export async function insertJsonRows(
  tx: Prisma.TransactionClient,
  table: string,
  columns: ReadonlyArray<readonly [name: string, sqlType: string]>,
  rows: ReadonlyArray<Record<string, unknown>>,
  onConflict = '',
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => name).join(', ');
  const types = columns.map(([name, type]) => `${name} ${type}`).join(', ');
  await tx.$executeRawUnsafe(
    `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${types}) ${onConflict}`,
    JSON.stringify(rows),
  );
}
