import { scopesForRole, type Role } from '@media-gateway/auth';
import type { ApiKeyScope } from './apiKeyScopes.js';

/**
 * The platform scopes (`@media-gateway/auth` SCOPES, what `@requiresScopes` names) an API key scope stands for.
 * §6 gives keys their own scope names; two of them are not platform scopes: `admin:full` is "everything an admin
 * may do", and `write:progress` is the playback subgraph's `write:playback` (§10 keeps progress there).
 */
function platformScopesOf(scope: ApiKeyScope): readonly string[] {
  switch (scope) {
    case 'admin:full':
      return scopesForRole('admin');
    case 'write:progress':
      return ['write:playback'];
    default:
      return [scope];
  }
}

/**
 * Whether a user of `role` may put `scope` on a key: only when the role may hold every platform scope it stands
 * for. So `admin:full` is for admins only, and a key never carries more than its owner could get by signing in.
 */
export function roleMayGrantKeyScope(role: Role, scope: ApiKeyScope): boolean {
  const held = new Set<string>(scopesForRole(role));
  return platformScopesOf(scope).every((platform) => held.has(platform));
}

/**
 * The platform scopes a key acts with now: its scopes, translated, and cut down to what the owner's *current*
 * role holds, so demoting an admin also disarms the `admin:full` keys they made.
 */
export function apiKeyGrantedScopes(scopes: readonly string[], role: Role): string[] {
  const held = new Set<string>(scopesForRole(role));
  const granted = new Set<string>();
  for (const scope of scopes) {
    for (const platform of platformScopesOf(scope as ApiKeyScope)) if (held.has(platform)) granted.add(platform);
  }
  return [...granted];
}
