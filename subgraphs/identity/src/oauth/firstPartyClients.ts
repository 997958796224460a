import type { OAuthClientConfig } from './OAuthClientConfig.js';
import { API_SCOPES, type ApiScope } from './scopes.js';

export interface FirstPartyClientsOptions {
  /** Redirect URIs of the web app, e.g. `https://app.example.com/auth/callback`. */
  webRedirectUris: readonly string[];
  /** Redirect URIs of the MCP bridge's browser sign-in. */
  mcpRedirectUris: readonly string[];
  /** Secret of the `service` client (client credentials); at least 32 characters. */
  serviceClientSecret: string;
  /**
   * Scopes the `service` client may obtain.
   * @default ['read:content', 'admin:system']
   */
  serviceScopes?: readonly ApiScope[];
}

const USER_SCOPES = API_SCOPES.filter((scope) => !scope.startsWith('admin:'));

/**
 * The project's own clients (§1): `web`, `tv`, `cli`, `mcp` and the confidential `service`. `web` and `cli` may ask for
 * admin scopes (admins use them); whether a user gets those is decided by role, not by the client.
 *
 * `mcp` is an AI agent acting for the user, so it is not first party: the user sees what it asks for and can refuse.
 */
export function firstPartyClients(options: FirstPartyClientsOptions): OAuthClientConfig[] {
  const oidc = ['openid', 'offline_access', 'email', 'profile'];
  return [
    { kind: 'browser', clientId: 'web', name: 'Media Gateway', firstParty: true, redirectUris: options.webRedirectUris, scopes: [...oidc, ...API_SCOPES] },
    { kind: 'device', clientId: 'tv', name: 'Media Gateway TV', firstParty: true, scopes: [...oidc, ...USER_SCOPES] },
    { kind: 'device', clientId: 'cli', name: 'Media Gateway CLI', firstParty: true, scopes: [...oidc, ...API_SCOPES] },
    { kind: 'browser', clientId: 'mcp', name: 'Media Gateway MCP', firstParty: false, redirectUris: options.mcpRedirectUris, scopes: [...oidc, ...USER_SCOPES] },
    {
      kind: 'service',
      clientId: 'service',
      name: 'Media Gateway services',
      firstParty: true,
      clientSecret: options.serviceClientSecret,
      scopes: [...(options.serviceScopes ?? ['read:content', 'admin:system'])],
    },
  ];
}
