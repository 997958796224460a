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
});
