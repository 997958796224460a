/**
 * Connection cursors: base64url JSON, opaque to clients. Decoding never throws; a cursor a client edited or made up
 * is null, which the resolver reports as bad input.
 */
export function encodeCursor(value: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] | null {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
