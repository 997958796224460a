import { SCOPES, type Scope } from '@media-gateway/auth';

/**
 * OAuth scopes (PRODUCT_SPEC §6), from the platform's one list in libs/auth. `offline_access` is a protocol scope
 * here, and `explorer` is granted to API keys, not through sign-in; the rest are API scopes carried in the access
 * token's `scope` claim for the API resource.
 */
export const API_SCOPES = SCOPES.filter(
  (scope): scope is Exclude<Scope, 'offline_access' | 'explorer'> => scope !== 'offline_access' && scope !== 'explorer',
);

export type ApiScope = Exclude<Scope, 'offline_access' | 'explorer'>;

/**
 * OpenID Connect scopes. `email` and `profile` are not in §6's list; they only select ID-token claims (the account's
 * email and display name), so a first-party app can show who is signed in without another call.
 */
export const OIDC_SCOPES = ['openid', 'offline_access', 'email', 'profile'] as const;

export const ALL_SCOPES: readonly string[] = [...OIDC_SCOPES, ...API_SCOPES];

/** Roles that may hold `admin:*` scopes. */
const ADMIN_ROLES = new Set(['admin']);

/**
 * The API scopes an account of `role` can be granted. `admin:*` needs an admin role whatever the client asks for, so
 * a free user signing in through a client that may request `admin:users` simply does not get it. `undefined` (no
 * end-user: client credentials) leaves every scope to the client's own allow-list.
 */
export function apiScopesForRole(role: string | undefined): ApiScope[] {
  if (role === undefined || ADMIN_ROLES.has(role)) return [...API_SCOPES];
  return API_SCOPES.filter((scope) => !scope.startsWith('admin:'));
}
