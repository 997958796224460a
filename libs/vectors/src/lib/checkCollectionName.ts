/**
 * A collection name becomes a directory (`.data/vectors/<collection>/`) and a Qdrant collection, so it is kept to
 * characters that are safe in both: no path separators, no `..`.
 */
export function checkCollectionName(collection: unknown): string {
  if (typeof collection !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(collection)) {
    throw new TypeError(`collection must match ^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$, got ${JSON.stringify(collection)}`);
  }
  return collection;
}
