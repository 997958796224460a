// Cursors are opaque to clients (the API says so) but are the operation log's sequence inside. The prefix leaves
// room to change what a cursor holds without misreading an old one.
const PREFIX = 'op:';

export function encodeSyncCursor(sequence: number): string {
  return Buffer.from(`${PREFIX}${sequence}`, 'utf8').toString('base64url');
}

/** The sequence a cursor holds, or null when it is not one this server issued. */
export function decodeSyncCursor(cursor: string): number | null {
  if (typeof cursor !== 'string' || cursor.length > 64) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) return null;
  const digits = text.slice(PREFIX.length);
  if (!/^\d{1,15}$/.test(digits)) return null;
  return Number(digits);
}
