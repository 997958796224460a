import { apiKeyCacheKey, apiKeyHash, isRole } from '@media-gateway/auth';
import type { Cache } from '@media-gateway/cache';
import type { ApiKeyLookup, FoundApiKey } from './createAuthenticator.js';

export interface CachedApiKeyLookupOptions {
  /** Memory in embedded mode, Redis in production so every replica shares entries (and one eviction clears all). */
  cache: Pick<Cache, 'get' | 'set' | 'delete'>;
  /**
   * How long a usable key is served from the cache; never past the key's own `expiresAt`. This bounds how long a
   * revoked key keeps working when the identity service could not evict it.
   * @default 30
   */
  ttlSeconds?: number;
  /**
   * How long "no such key" is remembered, so a client hammering with a bad or revoked key costs one database
   * lookup per interval instead of one per request. Short, so a key that has just been created is never refused
   * for long.
   * @default 5
   */
  negativeTtlSeconds?: number;
  /** @default () => new Date() */
  now?: () => Date;
  /**
   * Told when the cache failed; the lookup then goes to the identity service, which stays the source of truth.
   * Errors it throws are ignored.
   */
  onCacheError?(error: unknown, operation: 'get' | 'set'): void;
}

/** An `ApiKeyLookup` with a cache in front, and the eviction the identity service calls when a key is revoked. */
export interface CachedApiKeyLookup {
  (key: string): Promise<FoundApiKey | null>;
  /** Drops the entry for the key with this SHA-256 hex (`apiKeyHash`), so a revocation takes effect at once. */
  evict(keyHash: string): Promise<void>;
}

/** The cached form: JSON, so the expiry is epoch ms. `found: null` is a negative entry. */
interface CachedEntry {
  found: (Omit<FoundApiKey, 'expiresAt'> & { expiresAt: number | null }) | null;
}

/**
 * Puts a cache in front of the identity service's API-key lookup (issue: "API keys (cached in Redis)"), which
 * otherwise costs a database round trip on every request an API key makes.
 *
 * Entries are keyed by `apiKeyCacheKey(apiKeyHash(key))`, the SHA-256 the identity service stores, so the raw key
 * is never a cache key and the identity service can evict an entry from the hash it holds (`evict`, or
 * `cache.delete(apiKeyCacheKey(hash))` on the same Redis from another process).
 *
 * Concurrent lookups of one key in this process share a single call. An `evict` that lands while that call is in
 * flight stops its result from being cached, so a revocation cannot be undone by a lookup that started before it.
 * Across processes that race remains, bounded by `ttlSeconds`.
 *
 * @throws TypeError for a bad option (caller misuse).
 */
export function cachedApiKeyLookup(lookup: ApiKeyLookup, options: CachedApiKeyLookupOptions): CachedApiKeyLookup {
  const { cache, onCacheError } = options;
  if (typeof lookup !== 'function') throw new TypeError('lookup must be a function');
  if (!cache || typeof cache.get !== 'function' || typeof cache.set !== 'function' || typeof cache.delete !== 'function') {
    throw new TypeError('options.cache must have get, set and delete');
  }
  const ttlSeconds = positive(options.ttlSeconds, 30, 'options.ttlSeconds');
  const negativeTtlSeconds = positive(options.negativeTtlSeconds, 5, 'options.negativeTtlSeconds');
  const now = options.now ?? (() => new Date());
  const inFlight = new Map<string, { result: Promise<FoundApiKey | null>; evicted: boolean }>();

  const reportError = (error: unknown, operation: 'get' | 'set') => {
    try {
      onCacheError?.(error, operation);
    } catch {
      // A broken logger must not fail an API-key request the database can answer.
    }
  };

  const read = async (cacheKey: string): Promise<FoundApiKey | null | undefined> => {
    let entry: unknown;
    try {
      entry = await cache.get<unknown>(cacheKey);
    } catch (error) {
      reportError(error, 'get');
      return undefined;
    }
    const found = fromEntry(entry);
    // The TTL already ends at the key's expiry; this guards against clocks that disagree with the cache's.
    if (found?.expiresAt && found.expiresAt.getTime() <= now().getTime()) return undefined;
    return found;
  };

  const write = async (cacheKey: string, found: FoundApiKey | null): Promise<void> => {
    let ttl = negativeTtlSeconds;
    if (found) {
      const untilExpiry = found.expiresAt ? (found.expiresAt.getTime() - now().getTime()) / 1000 : Number.POSITIVE_INFINITY;
      ttl = Math.min(ttlSeconds, untilExpiry);
      if (!(ttl > 0)) return;
    }
    try {
      await cache.set(cacheKey, toEntry(found), ttl);
    } catch (error) {
      reportError(error, 'set');
    }
  };

  const cached = async (key: string): Promise<FoundApiKey | null> => {
    const keyHash = apiKeyHash(key);
    const cacheKey = apiKeyCacheKey(keyHash);
    const hit = await read(cacheKey);
    if (hit !== undefined) return hit;
    const running = inFlight.get(keyHash);
    if (running) return running.result;
    const flight = { result: lookup(key), evicted: false };
    inFlight.set(keyHash, flight);
    try {
      const found = await flight.result;
      if (!flight.evicted) await write(cacheKey, found);
      return found;
    } finally {
      inFlight.delete(keyHash);
    }
  };

  return Object.assign(cached, {
    async evict(keyHash: string): Promise<void> {
      const cacheKey = apiKeyCacheKey(keyHash);
      const running = inFlight.get(keyHash);
      if (running) running.evicted = true;
      // A failure propagates: the caller (the identity service) logs it and relies on the TTL.
      await cache.delete(cacheKey);
    },
  });
}

function toEntry(found: FoundApiKey | null): CachedEntry {
  if (!found) return { found: null };
  const { userId, apiKeyId, role, scopes, rateLimitPerMinute, expiresAt } = found;
  return {
    found: { userId, apiKeyId, role, scopes, ...(rateLimitPerMinute === undefined ? {} : { rateLimitPerMinute }), expiresAt: expiresAt ? expiresAt.getTime() : null },
  };
}

/** Reads an entry back; anything not shaped as this version wrote it is a miss, never a grant of access. */
function fromEntry(entry: unknown): FoundApiKey | null | undefined {
  if (typeof entry !== 'object' || entry === null || !('found' in entry)) return undefined;
  const { found } = entry as { found: unknown };
  if (found === null) return null;
  if (typeof found !== 'object') return undefined;
  const value = found as Record<string, unknown>;
  const { userId, apiKeyId, role, scopes, rateLimitPerMinute, expiresAt } = value;
  if (typeof userId !== 'string' || typeof apiKeyId !== 'string' || !isRole(role)) return undefined;
  if (!Array.isArray(scopes) || !scopes.every((scope) => typeof scope === 'string')) return undefined;
  if (rateLimitPerMinute !== undefined && typeof rateLimitPerMinute !== 'number') return undefined;
  if (expiresAt !== null && typeof expiresAt !== 'number') return undefined;
  return {
    userId,
    apiKeyId,
    role,
    scopes: scopes as string[],
    ...(rateLimitPerMinute === undefined ? {} : { rateLimitPerMinute }),
    expiresAt: expiresAt === null ? null : new Date(expiresAt),
  };
}

function positive(value: unknown, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new TypeError(`${name} must be a positive number of seconds, got ${String(value)}`);
  return value;
}
