import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { readUpstreamProviders, type UpstreamProviderConfig } from '@media-gateway/identity';
import { env, LOG_LEVELS, readConfig } from '@media-gateway/runtime';
import { MANIFEST_PATH } from '@media-gateway/schema';
import { SAFELIST_MODES, type SafelistMode } from '../persisted/SafelistMode.js';

/** Everything runs in this process: router plus every subgraph as an in-process data source. */
export interface EmbeddedMode {
  kind: 'embedded';
  /** Where embedded state lives (PGlite data, caches). @default ".data" */
  dataDir: string;
  /** Use this Postgres instead of the embedded PGlite. */
  databaseUrl: string | undefined;
  /** Connections in the pool when `databaseUrl` is set (PGlite always gets one). @default 10 */
  databasePoolMax: number;
  /** Serve DEMO offers for films without real availability. @default true */
  demoOffers: boolean;
  /** Where clients reach this process; the OAuth issuer is `<publicUrl>/oidc`. @default "http://localhost:<PORT>" */
  publicUrl: string;
  /** Where the OAuth server may send the web app's sign-ins back to. @default ["<publicUrl>/auth/callback"] */
  webRedirectUris: string[];
  /** Sign-in through Google/GitHub, from OIDC_GOOGLE_* / OIDC_GITHUB_* (issuer, client id, secret). @default [] */
  upstreams: UpstreamProviderConfig[];
  /** Discovery's embedding model and vector index. */
  search: EmbeddedSearch;
  /**
   * The MCP bridge (Streamable HTTP) started beside the router, so `npm start` serves agents too; `MCP_BRIDGE=false`
   * leaves it out. Distributed deployments run `media-gateway-mcp` as a process of its own.
   */
  mcpBridge: { port: number } | undefined;
  /** `RECS_TRAIN_INTERVAL_SECONDS`: how often recommendation models are rebuilt when interactions changed. @default 600 */
  recsTrainIntervalSeconds: number;
}

export interface EmbeddedSearch {
  /** `EMBEDDING_MODEL_DIR`: a sentence-transformer in the standard layout (`onnx/model.onnx` + tokenizer). */
  modelDir: string | undefined;
  /** `EMBEDDING_CACHE_DIR`: the downloaded and the built-in static model. @default "<DATA_DIR>/models" */
  modelCacheDir: string;
  /** `EMBEDDING_DOWNLOAD`: fetch all-MiniLM-L6-v2 on first start when the network allows. @default true */
  allowDownload: boolean;
  /** `QDRANT_URL` / `QDRANT_API_KEY`: the title index lives in Qdrant instead of the in-process HNSW index. */
  qdrantUrl: string | undefined;
  qdrantApiKey: string | undefined;
  /** `SEARCH_CACHE_TTL_SECONDS`: how long a search outcome is cached; 0 turns the cache off. @default 1800 */
  resultCacheTtlSeconds: number;
}

/** Subgraphs run as their own processes; the router reaches them over HTTP. */
export interface DistributedMode {
  kind: 'distributed';
  subgraphUrls: Record<string, string>;
  /** Deadline for one subgraph fetch. @default 10000 */
  subgraphTimeoutMs: number;
  /**
   * How the router checks credentials against the standalone identity server; set exactly when
   * `SUBGRAPH_IDENTITY_URL` is. Without it every access token and API key is refused (there is no one to ask).
   */
  identity: RemoteIdentity | undefined;
}

/** The standalone identity server, as the router's authenticator reaches it. */
export interface RemoteIdentity {
  /**
   * The `iss` of its access tokens: its `PUBLIC_URL` + `/oidc`, character for character.
   * @example 'https://id.example.com/oidc'
   */
  issuer: string;
  /**
   * Its origin inside the cluster, for the JWKS and the API-key lookup (`IDENTITY_INTERNAL_URL`, any path dropped).
   * @default the origin of SUBGRAPH_IDENTITY_URL
   * @example 'http://identity:4002'
   */
  internalUrl: string;
  /** The JWKS the router verifies access tokens with: the issuer's path + `/jwks` at `internalUrl`. */
  jwksUrl: string;
  /** Deadline for one API-key lookup or JWKS fetch. @default 3000 */
  timeoutMs: number;
}

export type RouterMode = EmbeddedMode | DistributedMode;

export const isEmbeddedMode = (mode: RouterMode): mode is EmbeddedMode => mode.kind === 'embedded';

export interface RouterConfig {
  /** @default 4000 */
  port: number;
  /** @default "0.0.0.0" */
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  mode: RouterMode;
  /**
   * Where clients reach the router (`PUBLIC_URL`, no trailing slash): the ARW manifest's links start here, and in
   * embedded mode the OAuth issuer is `<publicUrl>/oidc`.
   * @default "http://localhost:<PORT>"
   */
  publicUrl: string;
  /** Trusted operations (schema/operations, issue 6) and who may send anything else. */
  persistedOperations: {
    /**
     * `PERSISTED_OPERATIONS`: `off` (anything runs; APQ registers), `persisted-only` (only the manifest's operations),
     * or `persisted-or-authenticated-developer` (ad-hoc operations only with an API key holding `explorer`).
     * @default "off"
     */
    mode: SafelistMode;
    /**
     * `PERSISTED_OPERATIONS_MANIFEST`: the Apollo persisted-query manifest; every body must validate against the
     * router's schema, or start-up stops naming the operation.
     * @default MANIFEST_PATH of @media-gateway/schema (schema/persisted-query-manifest.json)
     */
    manifestPath: string;
  };
  /** What `/.well-known/arw-manifest.json` tells agents (PRODUCT_SPEC §11). */
  arw: {
    /**
     * `MCP_PUBLIC_URL`: the MCP bridge's streamable-HTTP endpoint as agents reach it. Without it the manifest still
     * lists the MCP transports, but no MCP URL.
     * @default "http://localhost:<MCP_PORT>/mcp" when embedded mode starts the bridge
     * @example 'https://mcp.example.com/mcp'
     */
    mcpPublicUrl: string | undefined;
  };
  /** Shared cache for the router (Redis when set, else in-process). */
  redisUrl: string | undefined;
  /**
   * Signs the identity the router forwards to subgraphs; every subgraph must have the same value. Required in
   * distributed mode; embedded mode generates one per process, since every subgraph lives in that process.
   */
  identityAssertionSecret: string;
  /** Per-caller request limits (§6 tiers); counters in Redis when `redisUrl` is set. */
  rateLimit: {
    /** @default true */
    enabled: boolean;
    /** @default "mg:rl" */
    keyPrefix: string;
    /**
     * The OAuth server's own caps against guessing (`/token`, device codes, `/activate`); off only for load tests.
     * @default true
     */
    oauthEnabled: boolean;
  };
  limits: {
    /** @default 7 (PRODUCT_SPEC §1) */
    maxDepth: number;
    /** @default 1000 (PRODUCT_SPEC §1) */
    maxCost: number;
    /** @default 15 */
    maxAliases: number;
    /** Longest accepted query text, in characters. @default 20000 */
    maxQueryLength: number;
  };
}

/** Reads and validates the router's settings; a bad or missing value stops start-up naming the variable. */
export function readRouterConfig(source: Record<string, string | undefined> = process.env): RouterConfig {
  const raw = readConfig(
    {
      PORT: env.port(4000),
      HOST: env.string({ default: '0.0.0.0' }),
      LOG_LEVEL: env.oneOf(LOG_LEVELS, 'info'),
      ROUTER_MODE: env.oneOf(['embedded', 'distributed'] as const, 'embedded'),
      DATA_DIR: env.string({ default: '.data' }),
      PUBLIC_URL: env.url(['http', 'https']).optional(),
      OAUTH_WEB_REDIRECT_URIS: env.optionalString(),
      DATABASE_URL: env.url(['postgres', 'postgresql']).optional(),
      DATABASE_POOL_MAX: env.int({ default: 10, min: 1, max: 200 }),
      REDIS_URL: env.url(['redis', 'rediss']).optional(),
      CATALOG_DEMO_OFFERS: env.bool(true),
      SUBGRAPH_CATALOG_URL: env.url(['http', 'https']).optional(),
      SUBGRAPH_IDENTITY_URL: env.url(['http', 'https']).optional(),
      SUBGRAPH_DISCOVERY_URL: env.url(['http', 'https']).optional(),
      SUBGRAPH_SYNC_URL: env.url(['http', 'https']).optional(),
      SUBGRAPH_PLAYBACK_URL: env.url(['http', 'https']).optional(),
      SUBGRAPH_RECOMMENDATIONS_URL: env.url(['http', 'https']).optional(),
      IDENTITY_ISSUER: env.url(['http', 'https']).optional(),
      IDENTITY_INTERNAL_URL: env.url(['http', 'https']).optional(),
      IDENTITY_TIMEOUT_MS: env.int({ default: 3000, min: 10, max: 60_000 }),
      IDENTITY_ASSERTION_SECRET: env.string({ default: '' }),
      RATE_LIMIT_ENABLED: env.bool(true),
      RATE_LIMIT_KEY_PREFIX: env.string({ default: 'mg:rl' }),
      OAUTH_RATE_LIMIT_ENABLED: env.bool(true),
      SUBGRAPH_TIMEOUT_MS: env.int({ default: 10_000, min: 10, max: 120_000 }),
      MAX_DEPTH: env.int({ default: 7, min: 1, max: 50 }),
      MAX_COST: env.int({ default: 1000, min: 1 }),
      MAX_ALIASES: env.int({ default: 15, min: 0 }),
      MAX_QUERY_LENGTH: env.int({ default: 20_000, min: 100 }),
      EMBEDDING_MODEL_DIR: env.optionalString(),
      EMBEDDING_CACHE_DIR: env.optionalString(),
      EMBEDDING_DOWNLOAD: env.bool(true),
      QDRANT_URL: env.url(['http', 'https']).optional(),
      QDRANT_API_KEY: env.optionalString(),
      SEARCH_CACHE_TTL_SECONDS: env.int({ default: 1800, min: 0, max: 86_400 }),
      PERSISTED_OPERATIONS: env.oneOf(SAFELIST_MODES, 'off'),
      PERSISTED_OPERATIONS_MANIFEST: env.string({ default: MANIFEST_PATH }),
      MCP_PUBLIC_URL: env.url(['http', 'https']).optional(),
      MCP_BRIDGE: env.bool(true),
      MCP_PORT: env.int({ default: 3000, min: 0, max: 65_535 }),
      RECS_TRAIN_INTERVAL_SECONDS: env.int({ default: 600, min: 1, max: 86_400 }),
    },
    source,
  );
  let mode: RouterMode;
  const publicUrl = (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, '');
  if (raw.ROUTER_MODE === 'embedded') {
    mode = {
      kind: 'embedded',
      dataDir: raw.DATA_DIR,
      databaseUrl: raw.DATABASE_URL,
      databasePoolMax: raw.DATABASE_POOL_MAX,
      demoOffers: raw.CATALOG_DEMO_OFFERS,
      publicUrl,
      webRedirectUris: raw.OAUTH_WEB_REDIRECT_URIS?.split(',').map((uri) => uri.trim()) ?? [`${publicUrl}/auth/callback`],
      upstreams: readUpstreamProviders(source),
      search: {
        modelDir: raw.EMBEDDING_MODEL_DIR,
        modelCacheDir: raw.EMBEDDING_CACHE_DIR ?? join(raw.DATA_DIR, 'models'),
        allowDownload: raw.EMBEDDING_DOWNLOAD,
        qdrantUrl: raw.QDRANT_URL,
        qdrantApiKey: raw.QDRANT_API_KEY,
        resultCacheTtlSeconds: raw.SEARCH_CACHE_TTL_SECONDS,
      },
      mcpBridge: raw.MCP_BRIDGE ? { port: raw.MCP_PORT } : undefined,
      recsTrainIntervalSeconds: raw.RECS_TRAIN_INTERVAL_SECONDS,
    };
  } else {
    // Checked here rather than in the shape: these are required only in distributed mode (the issuer only with an
    // identity subgraph, whose tokens it names).
    readConfig(
      {
        SUBGRAPH_CATALOG_URL: env.url(['http', 'https']),
        IDENTITY_ASSERTION_SECRET: env.secret(32),
        ...(raw.SUBGRAPH_IDENTITY_URL ? { IDENTITY_ISSUER: env.url(['http', 'https']) } : {}),
      },
      source,
    );
    mode = {
      kind: 'distributed',
      subgraphUrls: {
        catalog: raw.SUBGRAPH_CATALOG_URL!,
        ...(raw.SUBGRAPH_IDENTITY_URL ? { identity: raw.SUBGRAPH_IDENTITY_URL } : {}),
        ...(raw.SUBGRAPH_DISCOVERY_URL ? { discovery: raw.SUBGRAPH_DISCOVERY_URL } : {}),
        ...(raw.SUBGRAPH_SYNC_URL ? { sync: raw.SUBGRAPH_SYNC_URL } : {}),
        ...(raw.SUBGRAPH_PLAYBACK_URL ? { playback: raw.SUBGRAPH_PLAYBACK_URL } : {}),
        ...(raw.SUBGRAPH_RECOMMENDATIONS_URL ? { recommendations: raw.SUBGRAPH_RECOMMENDATIONS_URL } : {}),
      },
      subgraphTimeoutMs: raw.SUBGRAPH_TIMEOUT_MS,
      identity: raw.SUBGRAPH_IDENTITY_URL
        ? remoteIdentity(raw.IDENTITY_ISSUER!, raw.IDENTITY_INTERNAL_URL ?? raw.SUBGRAPH_IDENTITY_URL, raw.IDENTITY_TIMEOUT_MS)
        : undefined,
    };
  }
  return {
    port: raw.PORT,
    host: raw.HOST,
    logLevel: raw.LOG_LEVEL,
    mode,
    publicUrl,
    persistedOperations: { mode: raw.PERSISTED_OPERATIONS, manifestPath: raw.PERSISTED_OPERATIONS_MANIFEST },
    arw: { mcpPublicUrl: raw.MCP_PUBLIC_URL ?? (mode.kind === 'embedded' && mode.mcpBridge ? `http://localhost:${mode.mcpBridge.port}/mcp` : undefined) },
    redisUrl: raw.REDIS_URL,
    identityAssertionSecret: raw.IDENTITY_ASSERTION_SECRET || randomBytes(32).toString('base64url'),
    rateLimit: { enabled: raw.RATE_LIMIT_ENABLED, keyPrefix: raw.RATE_LIMIT_KEY_PREFIX, oauthEnabled: raw.OAUTH_RATE_LIMIT_ENABLED },
    limits: { maxDepth: raw.MAX_DEPTH, maxCost: raw.MAX_COST, maxAliases: raw.MAX_ALIASES, maxQueryLength: raw.MAX_QUERY_LENGTH },
  };
}

function remoteIdentity(issuer: string, internalUrl: string, timeoutMs: number): RemoteIdentity {
  const origin = new URL(internalUrl).origin;
  // The identity server serves its OAuth routes under the issuer's path on every origin it answers on, so the router
  // fetches keys inside the cluster even when the issuer's public host is not reachable from there.
  const issuerPath = new URL(issuer).pathname.replace(/\/+$/, '');
  return { issuer, internalUrl: origin, jwksUrl: `${origin}${issuerPath}/jwks`, timeoutMs };
}
