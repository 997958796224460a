/** Where a watch-history page ended: the last row's `watchedAt` (epoch ms) and id, the listing's sort key. */
export interface HistoryCursor {
  watchedAt: number;
  id: string;
}

/** Opaque to clients: base64url of `<watchedAt>:<id>`. */
export function encodeHistoryCursor(cursor: HistoryCursor): string {
  return Buffer.from(`${cursor.watchedAt}:${cursor.id}`, 'utf8').toString('base64url');
}

/** The cursor `encodeHistoryCursor` made, or null for anything else. */
export function decodeHistoryCursor(text: string): HistoryCursor | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > 100 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const match = /^(\d{1,15}):(\d{1,19})$/.exec(Buffer.from(text, 'base64url').toString('utf8'));
  if (!match) return null;
  return { watchedAt: Number(match[1]), id: match[2]! };
}
