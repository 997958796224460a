import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { MemoryTokenRevocations, RedisTokenRevocations, type TokenRevocations } from '@media-gateway/auth';
import type { PrismaClient } from '@media-gateway/db';
import type { Lifecycle, Logger } from '@media-gateway/runtime';
import { createIdentityService, type IdentityService } from '../IdentityService.js';
import { createOidcProvider, type OidcProvider } from '../oauth/createOidcProvider.js';
import { firstPartyClients } from '../oauth/firstPartyClients.js';
import type { OAuthLimitsOptions } from '../oauth/limits/OAuthLimits.js';
import { mountOidcProvider } from '../oauth/mountOidcProvider.js';
import type { UpstreamProviderConfig } from '../oauth/UpstreamProviderConfig.js';
import type { MailTransport } from '../store/MailTransport.js';
import { RedisAttemptLimiter } from '../store/RedisAttemptLimiter.js';
import { RedisPinVerifications } from '../store/RedisPinVerifications.js';
import { purgeExpiredOidcModels } from '../store/purgeExpiredOidcModels.js';
import { API_AUDIENCE } from '@media-gateway/auth';
import { DEFAULT_MCP_REDIRECT_URIS } from './defaultMcpRedirectUris.js';

/** Where the OAuth server is mounted on the HTTP server that hosts it; the issuer is `<publicUrl>/oidc`. */
export const OIDC_MOUNT_PATH = '/oidc';

/** Signing keys are checked for rotation (and for keys another replica rotated) this often. */
const SIGNING_KEY_REFRESH_MS = 3_600_000;
/** Expired OAuth rows are deleted this often. */
const OIDC_PURGE_MS = 300_000;

export interface IdentityServerOptions {
  prisma: PrismaClient;
  logger: Logger;
  /** Stops the maintenance timers at shutdown. */
  lifecycle: Lifecycle;
  /**
   * Where clients reach the host's HTTP server: the OAuth issuer is `<publicUrl>/oidc`, and emailed links open pages
   * under it.
   * @example 'https://id.example.com'
   */
  publicUrl: string;
  secrets: {
    /** Shared with the router, which signs `x-mg-identity` with it; at least 32 bytes. */
    assertionSecret: string;
    /** AES-256-GCM key for TOTP secrets at rest; exactly 32 bytes. */
    mfaKey: Buffer;
    /** Keys signing the OAuth server's cookies, newest first; each at least 32 characters. */
    cookieKeys: readonly string[];
    /** Client secret of the first-party `service` client; at least 32 characters. */
    serviceClientSecret: string;
  };
  /** Where the OAuth server may send the web app's sign-ins back to. */
  webRedirectUris: readonly string[];
  /** Where the MCP bridge's browser sign-in may return to. @default DEFAULT_MCP_REDIRECT_URIS */
  mcpRedirectUris?: readonly string[];
  /** Where account mail goes. @default the outbox (`identity.mail_outbox`) */
  mail?: MailTransport;
  /**
   * Trust `X-Forwarded-Proto`/`-Host` from a TLS-terminating proxy in front, which an `https` issuer served over
   * plain HTTP behind it needs (its cookies are `Secure`).
   * @default false
   */
  trustProxy?: boolean;
  /**
   * Redis shared by every replica of the router and the identity service: MFA/PIN attempt counters, verified PINs
   * and the access-token denylist live there, so they hold across processes (§6). Without it they live in this
   * process, which is right for the embedded product. The caller owns the client (connects and quits it).
   */
  redis?: Redis;
  /** The router's API-key cache, evicted when a key is revoked so the revocation is immediate. */
  apiKeyCache?: { evict(keyHash: string): Promise<void> };
  /** Sign-in through Google/GitHub (`readUpstreamProviders`). @default [] */
  upstreams?: readonly UpstreamProviderConfig[];
  /**
   * Per-endpoint caps on the OAuth server (§6: `/token`, `/device`, user-code guessing at `/activate`). Counted in
   * `redis` when given, so the caps hold across replicas. @default on, with DEFAULT_OAUTH_LIMITS
   */
  oauthLimits?: Omit<OAuthLimitsOptions, 'redis'>;
}

/** The identity service and its OAuth server, assembled once for whichever process hosts them. */
export interface IdentityServer {
  /** The GraphQL subgraph (schema, per-request context, API-key lookup). */
  service: IdentityService;
  oidc: OidcProvider;
  /** `<publicUrl>/oidc`: the `iss` of every token, and where discovery lives. */
  issuer: string;
  /** The `aud` of every access token ({@link API_AUDIENCE}). */
  audience: string;
  /** The access-token denylist this server writes and the router must check. */
  revocations: TokenRevocations;
  /** Serves the OAuth server (`/oidc/*`, `/activate`) from the host's Fastify app. */
  mount(app: FastifyInstance): void;
}

/**
 * Builds the identity service, its OAuth server with the first-party clients, and the maintenance they need: an
 * hourly signing-key refresh (rotation when due, and keys other replicas rotated) and a purge of expired OAuth rows
 * every five minutes, on timers that stop with `lifecycle`. The router's embedded mode and the standalone identity
 * server both call this, so the two cannot drift apart; each adds its own transport around it.
 */
export async function createIdentityServer(options: IdentityServerOptions): Promise<IdentityServer> {
  const { prisma, logger, publicUrl, secrets, redis } = options;
  const revocations: TokenRevocations = redis ? new RedisTokenRevocations(redis) : new MemoryTokenRevocations();
  const service = createIdentityService({
    prisma,
    logger,
    secrets: { assertionSecret: secrets.assertionSecret, mfaKey: secrets.mfaKey },
    publicUrl,
    revocations,
    ...(redis ? { attempts: new RedisAttemptLimiter(redis), pins: new RedisPinVerifications(redis) } : {}),
    ...(options.apiKeyCache ? { apiKeyCache: options.apiKeyCache } : {}),
    ...(options.mail ? { mail: options.mail } : {}),
  });
  const issuer = `${publicUrl.replace(/\/+$/, '')}${OIDC_MOUNT_PATH}`;
  const oidc = await createOidcProvider({
    issuer,
    prisma,
    clients: firstPartyClients({
      webRedirectUris: options.webRedirectUris,
      mcpRedirectUris: options.mcpRedirectUris ?? DEFAULT_MCP_REDIRECT_URIS,
      serviceClientSecret: secrets.serviceClientSecret,
    }),
    accounts: service.accounts,
    cookieKeys: secrets.cookieKeys,
    resourceAudience: API_AUDIENCE,
    trustProxy: options.trustProxy ?? false,
    upstreams: options.upstreams ?? [],
    revocations,
    logger,
  });

  const refresh = setInterval(() => {
    oidc.refreshSigningKeys().catch((error: unknown) => logger.error({ err: error }, 'signing key rotation failed'));
  }, SIGNING_KEY_REFRESH_MS);
  const purge = setInterval(() => {
    purgeExpiredOidcModels(prisma, new Date()).catch((error: unknown) => logger.error({ err: error }, 'purging expired OAuth rows failed'));
  }, OIDC_PURGE_MS);
  refresh.unref();
  purge.unref();
  options.lifecycle.add('identity maintenance', () => {
    clearInterval(refresh);
    clearInterval(purge);
  });

  return {
    service,
    oidc,
    issuer,
    audience: API_AUDIENCE,
    revocations,
    mount: (app) =>
      mountOidcProvider(app, oidc, {
        prefix: OIDC_MOUNT_PATH,
        limits: { ...options.oauthLimits, ...(redis ? { redis } : {}) },
      }),
  };
}
