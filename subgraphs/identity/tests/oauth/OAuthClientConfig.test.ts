import { describe, expect, it } from 'vitest';
import { apiScopesOf, toClientMetadata, validateClients, type OAuthClientConfig } from '../../src/oauth/OAuthClientConfig.js';
import { firstPartyClients } from '../../src/oauth/firstPartyClients.js';

const clients = firstPartyClients({
  webRedirectUris: ['https://app.example.test/callback'],
  mcpRedirectUris: ['https://mcp.example.test/callback'],
  serviceClientSecret: 's'.repeat(40),
});
const byId = (id: string) => clients.find((client) => client.clientId === id)!;

describe('toClientMetadata', () => {
  it('registers browser clients as public code-flow clients with their exact redirect URIs', () => {
    expect(toClientMetadata(byId('web'))).toMatchObject({
      client_id: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: ['https://app.example.test/callback'],
      scope: 'openid offline_access email profile',
    });
  });

  it('registers TV and CLI as public device-flow clients without redirect URIs', () => {
    expect(toClientMetadata(byId('tv'))).toMatchObject({
      token_endpoint_auth_method: 'none',
      grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
      response_types: [],
      redirect_uris: [],
    });
  });

  it('registers the service client as confidential, client credentials only, with no OpenID scope', () => {
    const metadata = toClientMetadata(byId('service'));
    expect(metadata).toMatchObject({ token_endpoint_auth_method: 'client_secret_basic', grant_types: ['client_credentials'] });
    expect(metadata.scope).toBeUndefined();
    expect([...apiScopesOf(byId('service'))]).toEqual(['read:content', 'admin:system']);
  });
});

describe('validateClients', () => {
  it('accepts the first-party clients', () => {
    expect(() => validateClients(clients)).not.toThrow();
  });

  it.each<[string, OAuthClientConfig[], string]>([
    ['a duplicate id', [byId('tv'), byId('tv')], 'createOidcProvider: clients["tv"] is configured twice'],
    ['an unknown scope', [{ ...byId('tv'), scopes: ['read:everything'] }], 'createOidcProvider: clients["tv"].scopes has unknown scopes: read:everything'],
    ['a redirect URI with a fragment', [{ ...(byId('web') as Extract<OAuthClientConfig, { kind: 'browser' }>), redirectUris: ['https://a.test/cb#x'] }], 'createOidcProvider: clients["web"].redirectUris has an invalid URI "https://a.test/cb#x"'],
    ['a short service secret', [{ ...(byId('service') as Extract<OAuthClientConfig, { kind: 'service' }>), clientSecret: 'short' }], 'createOidcProvider: clients["service"].clientSecret must be at least 32 characters'],
  ])('rejects %s, naming the option', (_name, config, message) => {
    expect(() => validateClients(config)).toThrow(new TypeError(message));
  });
});
