/**
 * Opaque page cursors for search results. A cursor is the offset of the last result shown, tied to the request it
 * came from by a short fingerprint, so a cursor from one query can't page through another (it is refused instead of
 * silently showing an unrelated page).
 */
const PREFIX = 's1';

export function encodeSearchCursor(offset: number, fingerprint: string): string {
  return Buffer.from(`${PREFIX}:${fingerprint}:${offset}`).toString('base64url');
}

/** The offset after which the next page starts, or null when the cursor is malformed or from another request. */
export function decodeSearchCursor(cursor: string, fingerprint: string): number | null {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const [prefix, print, offset, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (prefix !== PREFIX || print !== fingerprint || rest.length > 0 || !/^\d{1,6}$/.test(offset ?? '')) return null;
  return Number(offset);
}
