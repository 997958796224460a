import { describe, expect, it } from 'vitest';
import { ConfigError } from '@media-gateway/runtime';
import { MANIFEST_PATH } from '@media-gateway/schema';
import { readRouterConfig } from '../../src/config/routerConfig.js';

describe('readRouterConfig', () => {
  it('defaults to embedded mode with a generated identity secret', () => {
    const config = readRouterConfig({});
    expect(config.mode).toMatchObject({ kind: 'embedded', dataDir: '.data', demoOffers: true, databasePoolMax: 10 });
    expect(config.identityAssertionSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.limits).toEqual({ maxDepth: 7, maxCost: 1000, maxAliases: 15, maxQueryLength: 20_000 });
  });

  it('requires the subgraph URLs and a shared secret in distributed mode, naming each', () => {
    let error: unknown;
    try {
      readRouterConfig({ ROUTER_MODE: 'distributed', IDENTITY_ASSERTION_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'SUBGRAPH_CATALOG_URL is required but not set',
      'IDENTITY_ASSERTION_SECRET: must be at least 32 characters',
    ]);
  });

  it('names a bad mode with the allowed values', () => {
    expect(() => readRouterConfig({ ROUTER_MODE: 'cluster' })).toThrow(/ROUTER_MODE="cluster": expected one of: embedded, distributed/);
  });

  describe('trusted operations and the ARW manifest', () => {
    it('defaults to safelist mode off with the schema package manifest, the local public URL and the embedded MCP bridge', () => {
      const config = readRouterConfig({ PORT: '4100' });
      expect(config.persistedOperations).toEqual({ mode: 'off', manifestPath: MANIFEST_PATH });
      expect(config.publicUrl).toBe('http://localhost:4100');
      expect(config.mode).toMatchObject({ kind: 'embedded', mcpBridge: { port: 3000 } });
      expect(config.arw).toEqual({ mcpPublicUrl: 'http://localhost:3000/mcp' });
    });

    it('leaves the embedded MCP bridge out with MCP_BRIDGE=false, and lists no MCP URL then', () => {
      const config = readRouterConfig({ MCP_BRIDGE: 'false' });
      expect(config.mode).toMatchObject({ kind: 'embedded', mcpBridge: undefined });
      expect(config.arw).toEqual({ mcpPublicUrl: undefined });
      expect(readRouterConfig({ MCP_PORT: '3100' }).arw).toEqual({ mcpPublicUrl: 'http://localhost:3100/mcp' });
      expect(() => readRouterConfig({ MCP_PORT: 'x' })).toThrow(/MCP_PORT="x"/);
    });

    it('reads the mode, the manifest path, the public URL in distributed mode too, and the MCP URL', () => {
      const config = readRouterConfig({
        ROUTER_MODE: 'distributed',
        SUBGRAPH_CATALOG_URL: 'http://catalog:4001/graphql',
        IDENTITY_ASSERTION_SECRET: 'a-shared-router-subgraph-secret-of-32+-chars',
        PUBLIC_URL: 'https://api.example.test/',
        PERSISTED_OPERATIONS: 'persisted-or-authenticated-developer',
        PERSISTED_OPERATIONS_MANIFEST: '/etc/media-gateway/manifest.json',
        MCP_PUBLIC_URL: 'https://mcp.example.test/mcp',
      });
      expect(config.persistedOperations).toEqual({ mode: 'persisted-or-authenticated-developer', manifestPath: '/etc/media-gateway/manifest.json' });
      expect(config.publicUrl).toBe('https://api.example.test');
      expect(config.arw).toEqual({ mcpPublicUrl: 'https://mcp.example.test/mcp' });
    });

    it('names a bad safelist mode with the allowed values, and a bad MCP URL', () => {
      expect(() => readRouterConfig({ PERSISTED_OPERATIONS: 'strict', MCP_PUBLIC_URL: 'mcp.example.test' })).toThrow(
        expect.objectContaining({
          problems: [
            'PERSISTED_OPERATIONS="strict": expected one of: off, persisted-only, persisted-or-authenticated-developer',
            'MCP_PUBLIC_URL="mcp.example.test": expected a URL with protocol http or https',
          ],
        }),
      );
    });
  });

  describe('distributed mode with the identity server', () => {
    const distributed = {
      ROUTER_MODE: 'distributed',
      SUBGRAPH_CATALOG_URL: 'http://catalog:4001/graphql',
      IDENTITY_ASSERTION_SECRET: 'a-shared-router-subgraph-secret-of-32+-chars',
    };

    it('needs no identity settings without an identity subgraph, and then checks no credentials', () => {
      const { mode } = readRouterConfig(distributed);
      expect(mode).toMatchObject({ kind: 'distributed', subgraphUrls: { catalog: 'http://catalog:4001/graphql' }, identity: undefined });
    });

    it('adds the recommendations subgraph when SUBGRAPH_RECOMMENDATIONS_URL is set, and checks it is a URL', () => {
      const { mode } = readRouterConfig({ ...distributed, SUBGRAPH_RECOMMENDATIONS_URL: 'http://recommendations:4006/graphql' });
      expect(mode).toMatchObject({
        kind: 'distributed',
        subgraphUrls: { catalog: 'http://catalog:4001/graphql', recommendations: 'http://recommendations:4006/graphql' },
      });
      expect(() => readRouterConfig({ ...distributed, SUBGRAPH_RECOMMENDATIONS_URL: 'recommendations:4006' })).toThrow(/SUBGRAPH_RECOMMENDATIONS_URL/);
    });

    it('requires the issuer once SUBGRAPH_IDENTITY_URL is set', () => {
      expect(() => readRouterConfig({ ...distributed, SUBGRAPH_IDENTITY_URL: 'http://identity:4002/graphql' })).toThrow(
        expect.objectContaining({ problems: ['IDENTITY_ISSUER is required but not set'] }),
      );
    });

    it('reaches the identity server inside the cluster, at the origin of its subgraph URL by default', () => {
      const { mode } = readRouterConfig({
        ...distributed,
        SUBGRAPH_IDENTITY_URL: 'http://identity:4002/graphql',
        IDENTITY_ISSUER: 'https://id.example.test/oidc',
      });
      expect(mode).toMatchObject({
        subgraphUrls: { catalog: 'http://catalog:4001/graphql', identity: 'http://identity:4002/graphql' },
        identity: {
          issuer: 'https://id.example.test/oidc',
          internalUrl: 'http://identity:4002',
          jwksUrl: 'http://identity:4002/oidc/jwks',
          timeoutMs: 3000,
        },
      });
    });

    it('takes an explicit internal URL and deadline', () => {
      const { mode } = readRouterConfig({
        ...distributed,
        SUBGRAPH_IDENTITY_URL: 'http://identity:4002/graphql',
        IDENTITY_ISSUER: 'https://id.example.test/oidc/',
        IDENTITY_INTERNAL_URL: 'http://identity-internal:9000/ignored/path',
        IDENTITY_TIMEOUT_MS: '1500',
      });
      expect(mode).toMatchObject({
        identity: { internalUrl: 'http://identity-internal:9000', jwksUrl: 'http://identity-internal:9000/oidc/jwks', timeoutMs: 1500 },
      });
    });

    it('names a bad identity URL', () => {
      expect(() =>
        readRouterConfig({ ...distributed, SUBGRAPH_IDENTITY_URL: 'http://identity:4002/graphql', IDENTITY_ISSUER: 'id.example.test' }),
      ).toThrow(/IDENTITY_ISSUER="id.example.test": expected a URL with protocol http or https/);
    });
  });
});
