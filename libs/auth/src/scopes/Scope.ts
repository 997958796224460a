/**
 * Every OAuth scope the platform knows (spec §6, "OAuth scopes"), plus `explorer`, which lets an API-key holder send
 * ad-hoc operations instead of only persisted ones. Subgraphs name these in `@requiresScopes`.
 *
 * §6 lists a different set for API keys (`write:progress`, `admin:full`); those are not scopes here. A key's scopes
 * are drawn from this list like any other grant.
 */
export const SCOPES = [
  'read:content',
  'read:preferences',
  'write:preferences',
  'read:watchlist',
  'write:watchlist',
  'read:recommendations',
  'read:devices',
  'write:devices',
  'write:playback',
  'read:history',
  'write:ratings',
  'offline_access',
  'admin:users',
  'admin:system',
  'admin:analytics',
  'explorer',
] as const;

export type Scope = (typeof SCOPES)[number];

const KNOWN: ReadonlySet<string> = new Set(SCOPES);

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && KNOWN.has(value);
}
