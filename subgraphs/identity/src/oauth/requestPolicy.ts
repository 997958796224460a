import { errors } from 'oidc-provider';
import type { Configuration } from 'oidc-provider';
import { API_SCOPES } from './scopes.js';

const API = new Set<string>(API_SCOPES);

/**
 * Checks oidc-provider does not make on authorization and device authorization requests, hooked in through
 * `extraParams` validators (they run after the redirect URI is verified, so an authorization request that fails
 * here is answered at the client's redirect URI with `invalid_request`/`invalid_scope`, as RFC 6749 §4.1.2.1 wants).
 *
 * - `state` is required on the authorization endpoint (§6). oidc-provider treats it as optional, like RFC 6749 does.
 * - API scopes (`read:content`, ...) are resource-server scopes, which oidc-provider does not check per client (its
 *   `scope` client metadata may only hold OpenID scopes). Asking for one the client may not have is refused here
 *   instead of being dropped silently.
 */
export function requestPolicy(apiScopesOf: (clientId: string) => ReadonlySet<string>): NonNullable<Configuration['extraParams']> {
  return {
    state(ctx, value) {
      if (ctx.oidc.route === 'authorization' && !value) {
        throw new errors.InvalidRequest("missing required parameter 'state'");
      }
    },
    scope(_ctx, value, client) {
      if (!value) return;
      const allowed = apiScopesOf(client.clientId);
      const refused = value.split(' ').filter((scope) => API.has(scope) && !allowed.has(scope));
      if (refused.length) throw new errors.InvalidScope('requested scope is not allowed', refused.join(' '));
    },
  };
}
