/**
 * Opaque keyset cursors: the sort key of the last row plus its id, so pages stay stable while rows are added.
 * A cursor is only valid for the ordering that produced it.
 */
export type TitleOrder = 'POPULARITY' | 'RELEASE_DATE' | 'AVERAGE_RATING' | 'NAME';
export type SortValue = number | string | null;

export interface Cursor {
  order: TitleOrder;
  value: SortValue;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.order, cursor.value, cursor.id])).toString('base64url');
}

/** Returns null for anything that is not a cursor this service issued for `order`. */
export function decodeCursor(raw: string, order: TitleOrder): Cursor | null {
  if (raw.length === 0 || raw.length > 512 || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3) return null;
    const [cursorOrder, value, id] = parsed as unknown[];
    if (cursorOrder !== order || typeof id !== 'string') return null;
    if (value !== null && typeof value !== 'number' && typeof value !== 'string') return null;
    return { order, value, id };
  } catch {
    return null;
  }
}
