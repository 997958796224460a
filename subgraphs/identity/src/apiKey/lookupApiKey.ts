import type { Role } from '@media-gateway/auth';
import { parseRole } from '@media-gateway/auth';
import { timingSafeEqualHex } from '../lib/timingSafeEqualHex.js';
import type { ApiKeyStore } from '../store/ApiKeyStore.js';
import { apiKeyGrantedScopes } from './apiKeyGrantedScopes.js';
import { apiKeyUsable } from './apiKeyUsable.js';
import { apiKeyLookupPrefix, hashApiKey } from './generateApiKey.js';
import { isApiKeyFormat } from './isApiKeyFormat.js';

/** What the router needs to act for a key (`ApiKeyLookup` in the router's authenticator). */
export interface ApiKeyIdentity {
  userId: string;
  apiKeyId: string;
  role: Role;
  /** Platform scopes, see `apiKeyGrantedScopes`. */
  scopes: string[];
  rateLimitPerMinute: number;
  /** When the key stops working; caches of this answer must not outlive it. */
  expiresAt: Date | null;
}

/** §6 tracks `last_used_at`; one write a minute per key is plenty for that and spares the hot path. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Resolves a presented API key, or null for anything that is not a usable key: wrong shape (no query at all),
 * unknown prefix, hash mismatch (compared in constant time), revoked, expired, or an owner who is suspended or
 * deleted. Never throws for a bad key; a database failure does throw, and the router denies on it (§15).
 */
export async function lookupApiKey(store: ApiKeyStore, key: string, now: Date): Promise<ApiKeyIdentity | null> {
  if (!isApiKeyFormat(key)) return null;
  const found = await store.findByPrefix(apiKeyLookupPrefix(key));
  if (!found || !timingSafeEqualHex(hashApiKey(key), found.keyHash)) return null;
  if (apiKeyUsable(found.key, now) !== 'ok') return null;
  const { owner } = found;
  if (owner.deletedAt !== null || owner.status !== 'active') return null;
  const role = parseRole(owner.role) ?? 'free';
  // The condition is in the UPDATE, so it holds across replicas too, not just in this process.
  await store.touchLastUsed(found.key.id, now, new Date(now.getTime() - LAST_USED_RESOLUTION_MS));
  return {
    userId: found.key.userId,
    apiKeyId: found.key.id,
    role,
    scopes: apiKeyGrantedScopes(found.key.scopes, role),
    rateLimitPerMinute: found.key.rateLimitPerMinute,
    expiresAt: found.key.expiresAt,
  };
}
