import { describe, expect, it } from 'vitest';
import { ConfigError } from '@media-gateway/runtime';
import { readBridgeConfig } from '@media-gateway/mcp';

describe('readBridgeConfig', () => {
  it('defaults to stdio against a local router, with the token from MEDIA_GATEWAY_TOKEN', () => {
    expect(readBridgeConfig([], { MEDIA_GATEWAY_TOKEN: 'abc' })).toEqual({ transport: 'stdio', bridge: { routerUrl: 'http://127.0.0.1:4000', limits: { authenticated: 1000, anonymous: 100 } }, logLevel: 'warn', token: 'abc' });
  });

  it('reads the HTTP transport from flags and environment, flags winning', () => {
    const config = readBridgeConfig(['--transport', 'http', '--port=3100'], {
      MEDIA_GATEWAY_URL: 'http://gateway.test:4000',
      MCP_PORT: '3000',
      MCP_ALLOWED_HOSTS: 'mcp.example.test, localhost',
      MCP_ALLOWED_ORIGINS: 'https://app.example.test',
      MCP_PUBLIC_URL: 'https://mcp.example.test',
      REDIS_URL: 'redis://127.0.0.1:6379',
      MCP_RATE_LIMIT_ANONYMOUS: '20',
    });
    expect(config).toEqual({
      transport: 'http',
      bridge: { routerUrl: 'http://gateway.test:4000', redisUrl: 'redis://127.0.0.1:6379', limits: { authenticated: 1000, anonymous: 20 } },
      logLevel: 'warn',
      port: 3100,
      host: '127.0.0.1',
      publicUrl: 'https://mcp.example.test',
      allowedHosts: ['mcp.example.test', 'localhost'],
      allowedOrigins: ['https://app.example.test'],
    });
    expect(readBridgeConfig([], { MCP_ROUTER_URL: 'http://a.test', MEDIA_GATEWAY_URL: 'http://b.test' })).toMatchObject({ bridge: { routerUrl: 'http://a.test' } });
  });

  it('lists every problem at once, naming each setting', () => {
    let error: unknown;
    try {
      readBridgeConfig(['--verbose'], {});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual(['unknown argument "--verbose" (try --help)']);
    try {
      readBridgeConfig(['--transport', 'sse'], { MCP_PORT: 'x', MCP_ROUTER_URL: 'ftp://x', REDIS_URL: 'http://r' });
    } catch (caught) {
      error = caught;
    }
    expect((error as ConfigError).problems).toEqual([
      'MCP_TRANSPORT="sse": expected one of: stdio, http',
      'MCP_ROUTER_URL="ftp://x": expected a URL with protocol http or https',
      'MCP_PORT="x": Invalid input: expected number, received NaN',
      'REDIS_URL="http://r": expected a URL with protocol redis or rediss',
    ]);
  });

  it('asks for usage with --help', () => {
    expect(readBridgeConfig(['--help'], {})).toEqual({ transport: 'help' });
  });
});
