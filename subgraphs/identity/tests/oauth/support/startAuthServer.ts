import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { createLogger, createMetrics, createServiceApp } from '@media-gateway/runtime';
import type { TestDatabase } from '@media-gateway/testing';
import type { FastifyInstance } from 'fastify';
import * as client from 'openid-client';
import type { AccountDirectory } from '../../../src/oauth/AccountDirectory.js';
import { createOidcProvider, type CreateOidcProviderOptions, type OidcProvider } from '../../../src/oauth/createOidcProvider.js';
import { firstPartyClients } from '../../../src/oauth/firstPartyClients.js';
import { mountOidcProvider, type MountOidcProviderOptions } from '../../../src/oauth/mountOidcProvider.js';

export const WEB_REDIRECT_URI = 'https://app.example.test/callback';
export const MCP_REDIRECT_URI = 'https://mcp.example.test/oauth/callback';
export const RESOURCE = 'https://api.media-gateway.test';
export const SERVICE_SECRET = 'service-secret-that-is-long-enough-0123456789';

export interface AuthServer {
  issuer: string;
  origin: string;
  oidc: OidcProvider;
  app: FastifyInstance;
  db: DbClient;
  /** openid-client configuration for one of the first-party clients, over plain http. */
  discover(clientId: string, secret?: string): Promise<client.Configuration>;
  close(): Promise<void>;
}

/**
 * The identity service's HTTP shell (createServiceApp) with the authorization server mounted at /oidc, listening on
 * 127.0.0.1 on a free port. The socket is bound first so the issuer URL can carry the port; Fastify then serves
 * it through `app.routing`.
 */
export async function startAuthServer(
  database: TestDatabase,
  accounts: AccountDirectory,
  overrides: Pick<Partial<CreateOidcProviderOptions>, 'ttl' | 'now' | 'devicePollInterval' | 'onTokenReplay' | 'upstreams' | 'revocations'> &
    Pick<MountOidcProviderOptions, 'limits'> & {
      /**
       * The caller's client on `database`, shared rather than opening a second pool: embedded PGlite serves one
       * connection at a time, and two pools would take turns at pg's 10 s idle timeout. The caller disposes it.
       */
      db?: DbClient;
    } = {},
): Promise<AuthServer> {
  const { limits, db: sharedDb, ...providerOverrides } = overrides;
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${origin}/oidc`;

  const db = sharedDb ?? createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  const oidc = await createOidcProvider({
    issuer,
    prisma: db.prisma,
    accounts,
    clients: firstPartyClients({
      webRedirectUris: [WEB_REDIRECT_URI],
      mcpRedirectUris: [MCP_REDIRECT_URI],
      serviceClientSecret: SERVICE_SECRET,
      serviceScopes: ['read:content', 'admin:system'],
    }),
    cookieKeys: ['test-cookie-key-0123456789abcdef0123456789'],
    resourceAudience: RESOURCE,
    devicePollInterval: 1,
    ...providerOverrides,
  });

  const app = createServiceApp({
    name: 'identity',
    logger: createLogger({ name: 'identity', level: 'silent' }),
    metrics: createMetrics({ collectDefaults: false }),
    readiness: {},
  });
  // These suites call the endpoints many times a minute from 127.0.0.1 on purpose; the caps have a suite of their own.
  mountOidcProvider(app, oidc, { prefix: '/oidc', limits: limits ?? { enabled: false } });
  await app.ready();
  server.on('request', (req, res) => app.routing(req, res));

  return {
    issuer,
    origin,
    oidc,
    app,
    db,
    discover: (clientId, secret) =>
      client.discovery(new URL(issuer), clientId, undefined, secret ? client.ClientSecretBasic(secret) : client.None(), {
        execute: [client.allowInsecureRequests],
      }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
      if (!sharedDb) await db.dispose();
    },
  };
}
