import { ConfigError, LOG_LEVELS, env, readConfig, type LogLevel } from '@media-gateway/runtime';
import type { McpBridgeOptions } from './McpBridgeOptions.js';

interface CommonConfig {
  bridge: McpBridgeOptions;
  logLevel: LogLevel;
}

export interface StdioConfig extends CommonConfig {
  transport: 'stdio';
  /** `MEDIA_GATEWAY_TOKEN`: the access token every call is made with. */
  token: string | undefined;
}

export interface HttpConfig extends CommonConfig {
  transport: 'http';
  port: number;
  host: string;
  publicUrl: string | undefined;
  allowedHosts: string[] | undefined;
  allowedOrigins: string[] | undefined;
}

/** What the `media-gateway-mcp` bin runs, or a request for its usage text. */
export type BridgeConfig = StdioConfig | HttpConfig | { transport: 'help' };

export const USAGE = `media-gateway-mcp — the Media Gateway MCP bridge

Usage: media-gateway-mcp [--transport stdio|http] [--port 3000] [--host 127.0.0.1] [--router-url URL]

Environment:
  MCP_ROUTER_URL / MEDIA_GATEWAY_URL  the router (default http://127.0.0.1:4000)
  MCP_TRANSPORT                       stdio (default) or http
  MCP_PORT, MCP_HOST                  HTTP listen address (default 3000, 127.0.0.1)
  MCP_PUBLIC_URL                      the URL clients reach the HTTP bridge at (behind a proxy)
  MCP_ALLOWED_HOSTS                   Host names accepted, comma-separated (DNS-rebinding protection)
  MCP_ALLOWED_ORIGINS                 browser origins accepted, comma-separated
  MCP_ISSUER                          OAuth issuer (default <router>/oidc)
  MCP_MANIFEST_PATH                   persisted-query manifest (default the schema package's)
  MEDIA_GATEWAY_TOKEN                 stdio: access token for signed-in tools
  REDIS_URL                           shared rate-limit counters
  MCP_RATE_LIMIT_AUTHENTICATED        calls per user per 15 min (default 1000)
  MCP_RATE_LIMIT_ANONYMOUS            calls per anonymous client per 15 min (default 100)
  LOG_LEVEL                           ${LOG_LEVELS.join(', ')} (default warn; logs go to stderr)
`;

const FLAGS: Record<string, string> = { '--transport': 'MCP_TRANSPORT', '--port': 'MCP_PORT', '--host': 'MCP_HOST', '--router-url': 'MCP_ROUTER_URL' };

/**
 * The bin's configuration from its arguments and environment (flags win), validated at once: every problem is listed
 * in one `ConfigError`, each naming the setting and what it accepts.
 */
export function readBridgeConfig(argv: readonly string[], source: Record<string, string | undefined> = process.env): BridgeConfig {
  const values: Record<string, string | undefined> = { ...source };
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { transport: 'help' };
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const name = FLAGS[flag];
    if (!name) {
      problems.push(`unknown argument ${JSON.stringify(arg)} (try --help)`);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) problems.push(`${flag} needs a value`);
    else values[name] = value;
  }
  if (problems.length > 0) throw new ConfigError(problems);
  values.MCP_ROUTER_URL ??= values.MEDIA_GATEWAY_URL;

  const config = readConfig(
    {
      MCP_TRANSPORT: env.oneOf(['stdio', 'http'], 'stdio'),
      MCP_ROUTER_URL: env.url(['http', 'https']).default('http://127.0.0.1:4000'),
      MCP_PORT: env.port(3000),
      MCP_HOST: env.string({ default: '127.0.0.1' }),
      MCP_PUBLIC_URL: env.url(['http', 'https']).optional(),
      MCP_ALLOWED_HOSTS: env.optionalString(),
      MCP_ALLOWED_ORIGINS: env.optionalString(),
      MCP_ISSUER: env.url(['http', 'https']).optional(),
      MCP_MANIFEST_PATH: env.optionalString(),
      MEDIA_GATEWAY_TOKEN: env.optionalString(),
      REDIS_URL: env.url(['redis', 'rediss']).optional(),
      MCP_RATE_LIMIT_AUTHENTICATED: env.int({ default: 1000, min: 1 }),
      MCP_RATE_LIMIT_ANONYMOUS: env.int({ default: 100, min: 1 }),
      LOG_LEVEL: env.oneOf(LOG_LEVELS, 'warn'),
    },
    values,
  );
  const allowedOrigins = list(config.MCP_ALLOWED_ORIGINS);
  const badOrigin = allowedOrigins?.find((origin) => !/^https?:\/\/[^/]+$/.test(origin));
  if (badOrigin) throw new ConfigError([`MCP_ALLOWED_ORIGINS: ${JSON.stringify(badOrigin)} is not an origin (scheme://host[:port], no path)`]);

  const bridge: McpBridgeOptions = {
    routerUrl: config.MCP_ROUTER_URL,
    ...(config.MCP_ISSUER ? { issuer: config.MCP_ISSUER } : {}),
    ...(config.MCP_MANIFEST_PATH ? { manifestPath: config.MCP_MANIFEST_PATH } : {}),
    ...(config.REDIS_URL ? { redisUrl: config.REDIS_URL } : {}),
    limits: { authenticated: config.MCP_RATE_LIMIT_AUTHENTICATED, anonymous: config.MCP_RATE_LIMIT_ANONYMOUS },
  };
  if (config.MCP_TRANSPORT === 'stdio') return { transport: 'stdio', bridge, logLevel: config.LOG_LEVEL, token: config.MEDIA_GATEWAY_TOKEN };
  return {
    transport: 'http',
    bridge,
    logLevel: config.LOG_LEVEL,
    port: config.MCP_PORT,
    host: config.MCP_HOST,
    publicUrl: config.MCP_PUBLIC_URL,
    allowedHosts: list(config.MCP_ALLOWED_HOSTS),
    allowedOrigins,
  };
}

function list(value: string | undefined): string[] | undefined {
  const items = value?.split(',').map((item) => item.trim()).filter(Boolean);
  return items && items.length > 0 ? items : undefined;
}
