import { describe, expect, it } from 'vitest';
import { SCOPES } from '@media-gateway/auth';
import { buildArwManifest, type ArwManifestOptions } from '../../src/arw/buildArwManifest.js';
import { FORECAST, PREFERENCES, RENAME, SEARCH, SESSIONS, START, TICKS, schema } from './fixtureOperations.js';

const options: ArwManifestOptions = {
  operations: [SEARCH, START, SESSIONS, PREFERENCES, RENAME, TICKS, FORECAST],
  schema,
  publicUrl: 'https://api.example.test',
  graphqlPath: '/graphql',
  mcpUrl: 'https://mcp.example.test/mcp',
  oauthIssuer: 'https://api.example.test/oidc',
  safelist: 'persisted-only',
};

describe('buildArwManifest', () => {
  const manifest = buildArwManifest(options);

  it('describes the site, MCP, semantic search and GraphQL with the public URLs', () => {
    expect(manifest).toMatchObject({
      $schema: expect.stringMatching(/^https:\/\//),
      version: '1.0',
      site: { name: 'Media Gateway', logo: 'https://api.example.test/logo.svg', url: 'https://api.example.test' },
      rate_limits: { unauthenticated: 100, authenticated: 1000, window_seconds: 900 },
    });
    expect(manifest.capabilities.mcp).toEqual({
      version: '2024-11-05',
      protocol_versions: ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05'],
      transports: ['stdio', 'streamable-http'],
      endpoint: 'https://mcp.example.test/mcp',
      tools_url: 'https://mcp.example.test/mcp',
      resources_url: 'https://mcp.example.test/mcp',
      stdio: { command: 'media-gateway', args: ['mcp', 'start', '--transport', 'stdio'] },
    });
    expect(manifest.capabilities.semantic_search).toEqual({
      endpoint: 'https://api.example.test/graphql',
      method: 'POST',
      supports_natural_language: true,
      supports_filters: true,
      operation: 'Search',
      document_id: `sha256:${SEARCH.id}`,
      tool: 'semantic_search',
    });
    expect(manifest.capabilities.graphql).toEqual({
      endpoint: 'https://api.example.test/graphql',
      subscriptions: 'wss://api.example.test/graphql',
      trusted_operations: { id_fields: ['documentId', 'extensions.persistedQuery.sha256Hash'], safelist: 'persisted-only' },
    });
  });

  it('lists each MCP tool (queries, and mutations with @tool) with its input schema, scopes and consent', () => {
    expect(manifest.tools.map(({ input_schema: _schema, ...tool }) => tool)).toEqual([
      {
        name: 'semantic_search',
        description: 'Searches in plain words.',
        operation: 'Search',
        document_id: `sha256:${SEARCH.id}`,
        required_scopes: [],
        requires_authentication: false,
        requires_user_consent: false,
      },
      {
        name: 'initiate_playback',
        description: 'Starts playback.',
        operation: 'StartPlayback',
        document_id: `sha256:${START.id}`,
        required_scopes: ['write:playback'],
        requires_authentication: true,
        requires_user_consent: true,
      },
      {
        name: 'sessions',
        description: 'Playback sessions.',
        operation: 'Sessions',
        document_id: `sha256:${SESSIONS.id}`,
        required_scopes: ['read:devices'],
        requires_authentication: true,
        requires_user_consent: false,
      },
      {
        // The schema's first alternative, merged with the domain's scope.
        name: 'update_preferences',
        description: 'Updates preferences.',
        operation: 'UpdatePreferences',
        document_id: `sha256:${PREFERENCES.id}`,
        required_scopes: ['write:preferences'],
        requires_authentication: true,
        requires_user_consent: false,
      },
      {
        name: 'forecast',
        description: 'An action the catalog does not know.',
        operation: 'Forecast',
        document_id: `sha256:${FORECAST.id}`,
        required_scopes: [],
        requires_authentication: false,
        requires_user_consent: false,
      },
    ]);
    expect(manifest.tools[3]!.input_schema).toEqual({
      type: 'object',
      properties: { genres: { type: 'array', items: { type: 'string', enum: ['drama', 'comedy'] } } },
      required: ['genres'],
      additionalProperties: false,
    });
  });

  it('groups tools into actions by @action, catalog order first, with their scopes and consent', () => {
    expect(manifest.capabilities.actions).toEqual([
      expect.objectContaining({ id: 'search', tools: ['semantic_search'], operations: ['Search'], oauth_scopes: [], requires_user_consent: false, requires_authentication: false }),
      {
        id: 'playback',
        description: expect.stringContaining('playback'),
        tools: ['initiate_playback', 'sessions'],
        operations: ['StartPlayback', 'Sessions'],
        oauth_scopes: ['write:playback', 'read:devices'],
        requires_user_consent: true,
        requires_authentication: true,
      },
      expect.objectContaining({ id: 'preferences', tools: ['update_preferences'], oauth_scopes: ['write:preferences'] }),
      { id: 'weather', description: 'Operations tagged @action weather.', tools: ['forecast'], operations: ['Forecast'], oauth_scopes: [], requires_user_consent: false, requires_authentication: false },
    ]);
  });

  it('names the OAuth endpoints under the issuer and every scope but explorer', () => {
    expect(manifest.authentication).toEqual({
      oauth2: {
        issuer: 'https://api.example.test/oidc',
        discovery_url: 'https://api.example.test/oidc/.well-known/openid-configuration',
        authorization_endpoint: 'https://api.example.test/oidc/auth',
        token_endpoint: 'https://api.example.test/oidc/token',
        device_authorization_endpoint: 'https://api.example.test/oidc/device/auth',
        code_challenge_methods: ['S256'],
        scopes: SCOPES.filter((scope) => scope !== 'explorer'),
      },
      api_key: { header: 'x-api-key' },
    });
  });

  it('leaves out MCP URLs without MCP_PUBLIC_URL, authentication without an issuer, and semantic search without its tool', () => {
    const bare = buildArwManifest({ ...options, operations: [START], mcpUrl: undefined, oauthIssuer: undefined });
    expect(bare.capabilities.mcp).not.toHaveProperty('endpoint');
    expect(bare.capabilities.mcp.transports).toEqual(['stdio', 'streamable-http']);
    expect(bare).not.toHaveProperty('authentication');
    expect(bare.capabilities).not.toHaveProperty('semantic_search');
  });
});
