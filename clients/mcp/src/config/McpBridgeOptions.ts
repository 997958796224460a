import type { Redis } from 'ioredis';
import { API_AUDIENCE } from '@media-gateway/auth';
import { MANIFEST_PATH, SUPERGRAPH_SDL_PATH } from '@media-gateway/schema';
import type { Logger } from '@media-gateway/runtime';
import type { CallLimits } from '../limits/createCallLimiter.js';


export interface McpBridgeOptions {
  /**
   * Where persisted operations are sent (GraphQL at `<routerUrl>/graphql`).
   * @example 'http://127.0.0.1:4000'
   */
  routerUrl: string;
  /**
   * The persisted-query manifest the tools come from; watched for changes.
   * @default MANIFEST_PATH of @media-gateway/schema
   */
  manifestPath?: string;
  /**
   * The supergraph SDL the tools' input schemas are read against.
   * @default SUPERGRAPH_SDL_PATH of @media-gateway/schema
   */
  supergraphSdlPath?: string;
  /**
   * The OAuth issuer whose tokens the HTTP transport accepts, advertised in the protected resource metadata.
   * @default `<routerUrl>/oidc`
   */
  issuer?: string;
  /** Accepted access-token audience. @default API_AUDIENCE (what the router accepts) */
  audience?: string | string[];
  /** Requests per 15 min (§11). @default { authenticated: 1000, anonymous: 100, windowSeconds: 900 } */
  limits?: Partial<CallLimits>;
  /**
   * Redis for rate-limit counters shared across bridge replicas (the bridge connects and quits it). Without it (and
   * without `redis`) counters are per process.
   * @example 'redis://127.0.0.1:6379'
   */
  redisUrl?: string;
  /** A Redis client the caller owns, instead of `redisUrl`. */
  redis?: Redis;
  /** Deadline for one call to the router, retries included. @default 10000 */
  timeoutMs?: number;
  /** Retries of a query whose connection failed (§11: 2). @default 2 */
  retries?: number;
  /** Reload the tools when the manifest file changes. @default true */
  watch?: boolean;
  /** Quiet time after the last change before the manifest is re-read (editors and codegen write in bursts). @default 250 */
  reloadDebounceMs?: number;
  /** Logs go here; in stdio mode they must not go to stdout. @default a pino logger on stderr at `warn` */
  logger?: Logger;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

export interface ResolvedBridgeOptions {
  routerUrl: string;
  manifestPath: string;
  supergraphSdlPath: string;
  issuer: string;
  audience: string | string[];
  limits: Partial<CallLimits>;
  redisUrl: string | undefined;
  redis: Redis | undefined;
  timeoutMs: number;
  retries: number;
  watch: boolean;
  reloadDebounceMs: number;
  logger: Logger | undefined;
  fetch: typeof fetch | undefined;
}

/**
 * Applies the defaults, then checks every option, naming the first bad one.
 * @throws TypeError for caller misuse.
 */
export function resolveBridgeOptions(options: McpBridgeOptions): ResolvedBridgeOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError('options must be an object with at least routerUrl');
  const routerUrl = httpUrl(options.routerUrl, 'options.routerUrl').replace(/\/+$/, '');
  const issuer = options.issuer === undefined ? `${routerUrl}/oidc` : httpUrl(options.issuer, 'options.issuer').replace(/\/+$/, '');
  if (options.redisUrl !== undefined && !/^rediss?:\/\//.test(options.redisUrl)) {
    throw new TypeError(`options.redisUrl must be a redis:// or rediss:// URL, got ${JSON.stringify(options.redisUrl)}`);
  }
  return {
    routerUrl,
    manifestPath: nonEmpty(options.manifestPath ?? MANIFEST_PATH, 'options.manifestPath'),
    supergraphSdlPath: nonEmpty(options.supergraphSdlPath ?? SUPERGRAPH_SDL_PATH, 'options.supergraphSdlPath'),
    issuer,
    audience: options.audience ?? API_AUDIENCE,
    limits: options.limits ?? {},
    redisUrl: options.redisUrl,
    redis: options.redis,
    timeoutMs: positiveInteger(options.timeoutMs ?? 10_000, 'options.timeoutMs'),
    retries: nonNegativeInteger(options.retries ?? 2, 'options.retries'),
    watch: options.watch ?? true,
    reloadDebounceMs: nonNegativeInteger(options.reloadDebounceMs ?? 250, 'options.reloadDebounceMs'),
    logger: options.logger,
    fetch: options.fetch,
  };
}

function httpUrl(value: unknown, name: string): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new TypeError(`${name} must be an http(s) URL, got ${JSON.stringify(value)}`);
  return String(value);
}

function nonEmpty(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${name} must be a non-empty string, got ${JSON.stringify(value)}`);
  return value;
}

function positiveInteger(value: unknown, name: string): number {
  if (!Number.isInteger(value) || (value as number) < 1) throw new TypeError(`${name} must be a positive integer, got ${String(value)}`);
  return value as number;
}

function nonNegativeInteger(value: unknown, name: string): number {
  if (!Number.isInteger(value) || (value as number) < 0) throw new TypeError(`${name} must be a non-negative integer, got ${String(value)}`);
  return value as number;
}
