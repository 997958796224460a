import type { Role } from './Role.js';
import { SCOPES, type Scope } from './Scope.js';

const FREE = [
  'read:content',
  'read:preferences',
  'write:preferences',
  'read:watchlist',
  'write:watchlist',
  'read:recommendations',
  'read:devices',
  'write:devices',
  'write:playback',
  'write:ratings',
  'offline_access',
] as const satisfies readonly Scope[];

/**
 * The scopes each role may hold by default (spec §6, "Role limits"). A grant (consent screen, API key, device
 * approval) can narrow this set, never widen it.
 *
 * - anonymous: search, trending and genres only, so content reads.
 * - free: watchlist, preferences, (limited) recommendations, devices, playback, ratings, refresh tokens.
 *   "Limited recommendations" and the 2-device cap are quantities, enforced by the owning subgraphs, not scopes.
 * - premium: free plus `read:history`, because §6 gives history export to premium only.
 * - admin: "everything", so every scope including `admin:*` and `explorer`.
 * - service: machine clients read the catalogue and recommendations and may send ad-hoc operations; they hold no
 *   user-data or admin scopes unless a grant adds them explicitly.
 */
export const ROLE_SCOPES = {
  anonymous: ['read:content'],
  free: FREE,
  premium: [...FREE, 'read:history'],
  admin: SCOPES,
  service: ['read:content', 'read:recommendations', 'explorer'],
} as const satisfies Record<Role, readonly Scope[]>;

export function scopesForRole(role: Role): readonly Scope[] {
  return ROLE_SCOPES[role];
}
