/**
 * The scopes an API key can carry: §6 "API keys → Scopes", plus `explorer` for keys that may only run the
 * persisted operations the API explorer offers. `admin:full` should only be granted by a caller who is an admin;
 * that is an authorisation check for the resolver, not a validation rule.
 */
export const API_KEY_SCOPES = ['read:content', 'read:recommendations', 'write:watchlist', 'write:progress', 'admin:full', 'explorer'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

const SCOPE_SET: ReadonlySet<string> = new Set(API_KEY_SCOPES);

export function isApiKeyScope(value: string): value is ApiKeyScope {
  return SCOPE_SET.has(value);
}
