import { ConfigError, env, LOG_LEVELS, readConfig } from '@media-gateway/runtime';
import { readUpstreamProviders } from './oauth/readUpstreamProviders.js';
import type { UpstreamProviderConfig } from './oauth/UpstreamProviderConfig.js';
import { DEFAULT_MCP_REDIRECT_URIS } from './server/defaultMcpRedirectUris.js';

/** Settings of the standalone identity server (`npm start -w subgraphs/identity`), all from the environment. */
export interface IdentityConfig {
  /** @default 4002 */
  port: number;
  /** @default "0.0.0.0" */
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Required: the standalone server always runs against a real Postgres (migrated at start). */
  databaseUrl: string;
  /**
   * Where browsers and clients reach this server; the OAuth issuer is `<publicUrl>/oidc`, and the router's
   * `IDENTITY_ISSUER` must be exactly that.
   * @default "http://localhost:<IDENTITY_PORT>"
   */
  publicUrl: string;
  /** Shared with the router, which signs `x-mg-identity` with it. At least 32 characters. */
  assertionSecret: string;
  /** Keys signing the OAuth server's cookies, newest first (older ones still verify). Each at least 32 characters. */
  cookieKeys: string[];
  /** AES-256-GCM key for TOTP secrets at rest: 32 bytes, base64url. Losing it makes enrolled MFA unreadable. */
  mfaKey: Buffer;
  /** Client secret of the first-party `service` client. At least 32 characters. */
  serviceClientSecret: string;
  /** @default ["<publicUrl>/auth/callback"] */
  webRedirectUris: string[];
  /** @default DEFAULT_MCP_REDIRECT_URIS */
  mcpRedirectUris: string[];
  /**
   * Behind a TLS-terminating proxy or ingress: trust its `X-Forwarded-*` headers (an `https` issuer needs this).
   * @default false
   */
  trustProxy: boolean;
  /** Account mail goes out over SMTP when set; without it, mail stays in `identity.mail_outbox`. */
  smtp: { url: string; from: string } | undefined;
  /**
   * The Redis the routers use. Attempt counters, verified PINs, the access-token denylist and the OAuth endpoints'
   * caps live there, and revoked API keys are evicted from the routers' cache in it. Without it, revocations reach
   * the routers only when tokens and cache entries expire.
   */
  redisUrl: string | undefined;
  /** Namespace of the routers' cache in Redis (their `mg:router:`), where revoked API keys are evicted. */
  routerCachePrefix: string;
  /** Sign-in through Google/GitHub (OIDC_GOOGLE_* / OIDC_GITHUB_*). @default [] */
  upstreams: UpstreamProviderConfig[];
  /**
   * Kafka brokers (`KAFKA_BROKERS`, comma-separated `host:port`) the outbox relay publishes identity events to.
   * Unset: no relay runs, and events wait in `identity.outbox_event` until a broker is configured.
   * @example ['kafka-0:9092', 'kafka-1:9092']
   */
  kafkaBrokers: string[] | undefined;
}

/**
 * Reads and validates the identity server's settings; a missing or bad value stops start-up naming the variable
 * (and never echoing a secret). What the router's embedded mode generates into `<dataDir>/secrets.json` comes from
 * the environment here, since replicas must share it.
 */
export function readIdentityConfig(source: Record<string, string | undefined> = process.env): IdentityConfig {
  const problems: string[] = [];
  let raw: ReturnType<typeof readShape> | undefined;
  let upstreams: UpstreamProviderConfig[] = [];
  try {
    raw = readShape(source);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  try {
    upstreams = readUpstreamProviders(source);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  // SMTP_URL is checked by hand: it may carry credentials, and the shared reader echoes a bad URL back.
  const smtpUrl = source.SMTP_URL?.trim() || undefined;
  if (smtpUrl && !isSmtpUrl(smtpUrl)) problems.push('SMTP_URL: expected a URL with protocol smtp or smtps');
  const mailFrom = source.MAIL_FROM?.trim() || undefined;
  if (smtpUrl && !mailFrom) problems.push('MAIL_FROM is required when SMTP_URL is set');
  if (problems.length > 0 || !raw) throw new ConfigError(problems);

  const publicUrl = (raw.PUBLIC_URL ?? `http://localhost:${raw.IDENTITY_PORT}`).replace(/\/+$/, '');
  return {
    port: raw.IDENTITY_PORT,
    host: raw.HOST,
    logLevel: raw.LOG_LEVEL,
    databaseUrl: raw.DATABASE_URL,
    publicUrl,
    assertionSecret: raw.IDENTITY_ASSERTION_SECRET,
    cookieKeys: splitList(raw.OAUTH_COOKIE_KEYS),
    mfaKey: Buffer.from(raw.MFA_ENCRYPTION_KEY, 'base64url'),
    serviceClientSecret: raw.OAUTH_SERVICE_CLIENT_SECRET,
    webRedirectUris: raw.OAUTH_WEB_REDIRECT_URIS ? splitList(raw.OAUTH_WEB_REDIRECT_URIS) : [`${publicUrl}/auth/callback`],
    mcpRedirectUris: raw.OAUTH_MCP_REDIRECT_URIS ? splitList(raw.OAUTH_MCP_REDIRECT_URIS) : [...DEFAULT_MCP_REDIRECT_URIS],
    trustProxy: raw.TRUST_PROXY,
    smtp: smtpUrl && mailFrom ? { url: smtpUrl, from: mailFrom } : undefined,
    redisUrl: raw.REDIS_URL,
    routerCachePrefix: raw.ROUTER_CACHE_PREFIX,
    upstreams,
    kafkaBrokers: raw.KAFKA_BROKERS,
  };
}

function readShape(source: Record<string, string | undefined>) {
  return readConfig(
    {
      IDENTITY_PORT: env.port(4002),
      KAFKA_BROKERS: env.hostPorts().optional(),
      HOST: env.string({ default: '0.0.0.0' }),
      LOG_LEVEL: env.oneOf(LOG_LEVELS, 'info'),
      DATABASE_URL: env.url(['postgres', 'postgresql']),
      PUBLIC_URL: env.url(['http', 'https']).optional(),
      IDENTITY_ASSERTION_SECRET: env.secret(32),
      OAUTH_COOKIE_KEYS: env
        .string()
        .refine((value) => splitList(value).length > 0 && splitList(value).every((key) => key.length >= 32), 'must be a comma-separated list of keys of at least 32 characters each'),
      MFA_ENCRYPTION_KEY: env
        .string()
        .refine((value) => /^[A-Za-z0-9_-]{43}$/.test(value) && Buffer.from(value, 'base64url').length === 32, 'must be 32 bytes in base64url (43 characters)'),
      OAUTH_SERVICE_CLIENT_SECRET: env.secret(32),
      OAUTH_WEB_REDIRECT_URIS: env.optionalString(),
      OAUTH_MCP_REDIRECT_URIS: env.optionalString(),
      TRUST_PROXY: env.bool(false),
      REDIS_URL: env.url(['redis', 'rediss']).optional(),
      ROUTER_CACHE_PREFIX: env.string({ default: 'mg:router:' }),
    },
    source,
  );
}

function isSmtpUrl(value: string): boolean {
  return URL.canParse(value) && ['smtp:', 'smtps:'].includes(new URL(value).protocol);
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
