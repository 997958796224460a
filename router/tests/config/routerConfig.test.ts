import { describe, expect, it } from 'vitest';
import { ConfigError } from '@media-gateway/runtime';
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
