const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The cache key of an API key's lookup result, from the key's SHA-256 hex (`apiKeyHash`). The one derivation both
 * the router (which fills the cache) and the identity service (which evicts an entry when a key is revoked) use;
 * the raw key never becomes part of a cache key, so a cache dump reveals no usable key. `v1` changes when the
 * cached value's shape does, so an old replica's entries are not misread during a rolling deploy.
 *
 * @throws TypeError when `keyHash` is not 64 lower-case hex characters (caller misuse: hashing with another
 *   algorithm or encoding would silently miss every entry).
 */
export function apiKeyCacheKey(keyHash: string): string {
  if (typeof keyHash !== 'string' || !SHA256_HEX.test(keyHash)) {
    // The value is not echoed: a caller passing the raw key by mistake must not get it written to a log.
    throw new TypeError(`keyHash must be a SHA-256 digest as 64 lower-case hex characters (got ${typeof keyHash === 'string' ? `${keyHash.length} characters` : typeof keyHash})`);
  }
  return `api-key:v1:${keyHash}`;
}
