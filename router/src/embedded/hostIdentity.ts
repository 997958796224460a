import type { FastifyInstance } from 'fastify';
import { createAccessTokenVerifier, type AccessTokenVerifier } from '@media-gateway/auth';
import type { PrismaClient } from '@media-gateway/db';
import { createIdentityService, createOidcProvider, firstPartyClients, mountOidcProvider, purgeExpiredOidcModels } from '@media-gateway/identity';
import type { Lifecycle, Logger } from '@media-gateway/runtime';
import type { InProcessSubgraph } from '../gateway/InProcessDataSource.js';
import type { ApiKeyLookup } from '../auth/createAuthenticator.js';
import type { EmbeddedSecrets } from './loadEmbeddedSecrets.js';

/** The audience of every access token the embedded OAuth server issues: this API. */
export const API_AUDIENCE = 'https://api.media-gateway.local';
const OIDC_PREFIX = '/oidc';

export interface HostedIdentity {
  subgraph: InProcessSubgraph;
  accessTokens: AccessTokenVerifier;
  apiKeys: ApiKeyLookup;
  /** Mounts the OAuth server (`/oidc/*`, `/activate`) on the router's HTTP server. */
  mount(app: FastifyInstance): void;
}

/**
 * The identity subgraph and its OAuth server inside the router's process. Tokens are verified against the
 * server's own key set (no HTTP round trip), and the maintenance it needs (key rotation, purging expired rows)
 * runs on timers that stop with the process.
 */
export async function hostIdentity(options: {
  prisma: PrismaClient;
  logger: Logger;
  lifecycle: Lifecycle;
  publicUrl: string;
  webRedirectUris: string[];
  assertionSecret: string;
  secrets: EmbeddedSecrets;
}): Promise<HostedIdentity> {
  const { prisma, logger, publicUrl } = options;
  const identity = await createIdentityService({
    prisma,
    logger,
    secrets: { assertionSecret: options.assertionSecret, mfaKey: Buffer.from(options.secrets.mfaKey, 'base64url') },
    publicUrl,
  });
  const issuer = `${publicUrl}${OIDC_PREFIX}`;
  const oidc = await createOidcProvider({
    issuer,
    prisma,
    clients: firstPartyClients({
      webRedirectUris: options.webRedirectUris,
      mcpRedirectUris: ['http://127.0.0.1:33418/callback'],
      serviceClientSecret: options.secrets.serviceClientSecret,
    }),
    accounts: identity.accounts,
    cookieKeys: options.secrets.cookieKeys,
    resourceAudience: API_AUDIENCE,
    logger,
  });

  const hourly = setInterval(() => {
    oidc.refreshSigningKeys().catch((error: unknown) => logger.error({ err: error }, 'signing key rotation failed'));
  }, 3_600_000);
  const purge = setInterval(() => {
    purgeExpiredOidcModels(prisma, new Date()).catch((error: unknown) => logger.error({ err: error }, 'purging expired OAuth rows failed'));
  }, 300_000);
  hourly.unref();
  purge.unref();
  options.lifecycle.add('identity maintenance', () => {
    clearInterval(hourly);
    clearInterval(purge);
  });

  return {
    subgraph: identity,
    accessTokens: createAccessTokenVerifier({
      issuer,
      audience: API_AUDIENCE,
      keys: { kind: 'local', getJwks: async () => oidc.publicJwks() },
    }),
    apiKeys: identity.lookupApiKey,
    mount: (app) => mountOidcProvider(app, oidc, { prefix: OIDC_PREFIX }),
  };
}
