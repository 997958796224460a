import type { IdentityContext } from '../IdentityContext.js';
import type { ApiKeyRecord } from '../store/ApiKeyStore.js';

/**
 * Drops keys from the router's API-key cache (`apiKeyCache`), so a revoked key, or every key of a suspended user,
 * stops working at once instead of when its cache entry expires. Call it after the change has committed: evicting
 * first would let a lookup racing with the change cache the key again.
 *
 * The cache is keyed by the key's SHA-256, which only the stored row has (`findByPrefix`; the prefix is unique).
 * Never throws: the change itself has succeeded, and a failed eviction only lets the key work until the entry's
 * TTL ends (30 s by default), so it is logged rather than reported to the user.
 */
export async function evictApiKeys(ctx: IdentityContext, keys: readonly Pick<ApiKeyRecord, 'id' | 'prefix'>[]): Promise<void> {
  const cache = ctx.apiKeyCache;
  if (!cache) return;
  await Promise.all(
    keys.map(async (key) => {
      try {
        const stored = await ctx.stores.apiKeys.findByPrefix(key.prefix);
        if (stored?.key.id !== key.id) return;
        await cache.evict(stored.keyHash);
      } catch (error) {
        ctx.logger.error({ err: error, apiKeyId: key.id }, 'evicting an API key from the router cache failed; it works until the entry expires');
      }
    }),
  );
}
