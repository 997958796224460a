import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { createAccessTokenVerifier, type AccessTokenVerifier, type TokenRevocations } from '@media-gateway/auth';
import type { Cache } from '@media-gateway/cache';
import type { PrismaClient } from '@media-gateway/db';
import type { UpstreamProviderConfig } from '@media-gateway/identity';
import { createIdentityServer, type IdentityServer } from '@media-gateway/identity/server';
import type { Lifecycle, Logger } from '@media-gateway/runtime';
import type { InProcessSubgraph } from '../gateway/InProcessDataSource.js';
import { cachedApiKeyLookup } from '../auth/cachedApiKeyLookup.js';
import type { ApiKeyLookup } from '../auth/createAuthenticator.js';
import type { EmbeddedSecrets } from './loadEmbeddedSecrets.js';

export interface HostedIdentity {
  subgraph: InProcessSubgraph;
  accessTokens: AccessTokenVerifier;
  apiKeys: ApiKeyLookup;
  /** The denylist the hosted service writes on password change, suspension and grant revocation. */
  revocations: TokenRevocations;
  /** Mounts the OAuth server (`/oidc/*`, `/activate`) on the router's HTTP server. */
  mount(app: FastifyInstance): void;
}

/**
 * The identity subgraph and its OAuth server inside the router's process, assembled exactly as the standalone
 * identity server assembles them (`createIdentityServer`). Tokens are verified against the server's own key set (no
 * HTTP round trip); API keys are looked up by a direct call behind the router's cache, which the service evicts
 * when a key is revoked.
 */
export async function hostIdentity(options: {
  prisma: PrismaClient;
  logger: Logger;
  lifecycle: Lifecycle;
  publicUrl: string;
  webRedirectUris: string[];
  upstreams: readonly UpstreamProviderConfig[];
  assertionSecret: string;
  secrets: EmbeddedSecrets;
  /** The router's cache (memory, or Redis shared with other replicas). */
  cache: Cache;
  redis: Redis | undefined;
  /** The OAuth endpoints' caps: on or off, and their namespace in Redis. */
  oauthLimits: { enabled: boolean; keyPrefix: string };
}): Promise<HostedIdentity> {
  const { logger } = options;
  // The cache needs the service to look keys up, and the service needs the cache to evict them.
  const built: { server?: IdentityServer } = {};
  const apiKeys = cachedApiKeyLookup(async (key) => built.server!.service.lookupApiKey(key), {
    cache: options.cache,
    onCacheError: (error, operation) => logger.warn({ err: error, operation }, 'API-key cache failed; asked the identity service'),
  });
  const server = await createIdentityServer({
    prisma: options.prisma,
    logger,
    lifecycle: options.lifecycle,
    publicUrl: options.publicUrl,
    secrets: {
      assertionSecret: options.assertionSecret,
      mfaKey: Buffer.from(options.secrets.mfaKey, 'base64url'),
      cookieKeys: options.secrets.cookieKeys,
      serviceClientSecret: options.secrets.serviceClientSecret,
    },
    webRedirectUris: options.webRedirectUris,
    upstreams: options.upstreams,
    apiKeyCache: apiKeys,
    oauthLimits: options.oauthLimits,
    ...(options.redis ? { redis: options.redis } : {}),
  });
  built.server = server;
  return {
    subgraph: server.service,
    accessTokens: createAccessTokenVerifier({
      issuer: server.issuer,
      audience: server.audience,
      keys: { kind: 'local', getJwks: async () => server.oidc.publicJwks() },
    }),
    apiKeys,
    revocations: server.revocations,
    mount: server.mount,
  };
}
