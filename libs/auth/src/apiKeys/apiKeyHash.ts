import { createHash } from 'node:crypto';

/**
 * The SHA-256 of an API key as lower-case hex: what the identity service stores for a key (§6: "Stored as
 * SHA-256", never the key itself) and what the router's API-key cache is keyed by, so the identity service can
 * evict a revoked key's cache entry from the hash it holds. Both sides must compute exactly this; the identity
 * service's `hashApiKey` is tested against it.
 */
export function apiKeyHash(key: string): string {
  if (typeof key !== 'string') throw new TypeError('key must be a string');
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
