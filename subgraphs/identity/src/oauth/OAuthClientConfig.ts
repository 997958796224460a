import type { ClientMetadata } from 'oidc-provider';
import { ALL_SCOPES, API_SCOPES, OIDC_SCOPES } from './scopes.js';

interface ClientConfigBase {
  clientId: string;
  /** Shown on the login, consent and device pages. */
  name: string;
  /** Every scope this client may ask for; a request for any other is refused with `invalid_scope`. */
  scopes: readonly string[];
  /** First-party clients get the requested scopes without a consent page (see `grantConsent`). */
  firstParty: boolean;
}

/** A public browser or native app: authorization code + PKCE (S256) + refresh tokens, exact redirect URIs. */
export interface BrowserClientConfig extends ClientConfigBase {
  kind: 'browser';
  /** Compared character for character with the request's `redirect_uri` (no wildcards, no port leeway). */
  redirectUris: readonly string[];
}

/** A public input-constrained device (TV, CLI): device authorization grant (RFC 8628) + refresh tokens. */
export interface DeviceClientConfig extends ClientConfigBase {
  kind: 'device';
}

/** A confidential backend: client credentials only, authenticated with HTTP Basic. */
export interface ServiceClientConfig extends ClientConfigBase {
  kind: 'service';
  clientSecret: string;
}

export type OAuthClientConfig = BrowserClientConfig | DeviceClientConfig | ServiceClientConfig;

const DEVICE_CODE = 'urn:ietf:params:oauth:grant-type:device_code';

/** The oidc-provider registration of one configured client. */
export function toClientMetadata(client: OAuthClientConfig): ClientMetadata {
  // oidc-provider's `scope` metadata may only list OpenID scopes; the API scopes are resource-server scopes it does not
  // know per client, so `apiScopesOf` carries that allow-list to `requestPolicy` and `getResourceServerInfo`.
  const oidcScopes = client.scopes.filter((scope) => (OIDC_SCOPES as readonly string[]).includes(scope));
  // An empty `scope` is invalid metadata; leaving it out lets a client ask only for what its grant type allows.
  const common = { client_id: client.clientId, client_name: client.name, ...(oidcScopes.length ? { scope: oidcScopes.join(' ') } : {}) };
  switch (client.kind) {
    case 'browser':
      return {
        ...common,
        // `web` keeps redirect URI matching exact; `native` would let loopback URIs vary their port (RFC 8252 §7.3).
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [...client.redirectUris],
      };
    case 'device':
      return {
        ...common,
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: [DEVICE_CODE, 'refresh_token'],
        response_types: [],
        redirect_uris: [],
      };
    case 'service':
      return {
        ...common,
        token_endpoint_auth_method: 'client_secret_basic',
        client_secret: client.clientSecret,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      };
  }
}

/** The API scopes a client may obtain. */
export function apiScopesOf(client: OAuthClientConfig | undefined): Set<string> {
  return new Set(client?.scopes.filter((scope) => (API_SCOPES as readonly string[]).includes(scope)) ?? []);
}

/** Rejects a client list the provider would misbehave with, naming the client and the option. */
export function validateClients(clients: readonly OAuthClientConfig[]): void {
  const seen = new Set<string>();
  const known = new Set(ALL_SCOPES);
  for (const client of clients) {
    const where = `clients[${JSON.stringify(client.clientId)}]`;
    if (!client.clientId) throw new TypeError('createOidcProvider: every client needs a non-empty `clientId`');
    if (seen.has(client.clientId)) throw new TypeError(`createOidcProvider: ${where} is configured twice`);
    seen.add(client.clientId);
    const unknown = client.scopes.filter((scope) => !known.has(scope));
    if (unknown.length) throw new TypeError(`createOidcProvider: ${where}.scopes has unknown scopes: ${unknown.join(', ')}`);
    if (client.kind === 'browser') {
      if (client.redirectUris.length === 0) throw new TypeError(`createOidcProvider: ${where}.redirectUris must not be empty`);
      for (const uri of client.redirectUris) {
        const parsed = URL.parse(uri);
        if (!parsed || parsed.hash) throw new TypeError(`createOidcProvider: ${where}.redirectUris has an invalid URI ${JSON.stringify(uri)}`);
      }
    }
    if (client.kind === 'service' && client.clientSecret.length < 32) {
      throw new TypeError(`createOidcProvider: ${where}.clientSecret must be at least 32 characters`);
    }
  }
}
