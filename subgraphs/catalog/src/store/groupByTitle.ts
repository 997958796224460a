/** Rows of a child table, grouped by their title id (each group in the order the rows came). */
export function groupByTitle<T extends { titleId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.titleId);
    if (list) list.push(row);
    else map.set(row.titleId, [row]);
  }
  return map;
}
