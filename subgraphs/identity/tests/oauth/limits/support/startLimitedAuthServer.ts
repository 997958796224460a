import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPrismaClient } from '@media-gateway/db';
import { createLogger, createMetrics, createServiceApp } from '@media-gateway/runtime';
import type { TestDatabase } from '@media-gateway/testing';
import * as client from 'openid-client';
import type { AccountDirectory } from '../../../../src/oauth/AccountDirectory.js';
import { createOidcProvider } from '../../../../src/oauth/createOidcProvider.js';
import { firstPartyClients } from '../../../../src/oauth/firstPartyClients.js';
import type { OAuthLimitsOptions } from '../../../../src/oauth/limits/OAuthLimits.js';
import { mountOidcProvider } from '../../../../src/oauth/mountOidcProvider.js';
import { MCP_REDIRECT_URI, RESOURCE, SERVICE_SECRET, WEB_REDIRECT_URI, type AuthServer } from '../../support/startAuthServer.js';

/**
 * `startAuthServer` with the `limits` option of `mountOidcProvider` under the test's control: the caps suites need
 * them exactly as configured, whatever the functional suites' server does with them. The production poll interval
 * (5 s) so that `slow_down` and the poll cap can be told apart.
 */
export async function startLimitedAuthServer(database: TestDatabase, accounts: AccountDirectory, limits: OAuthLimitsOptions): Promise<AuthServer> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${origin}/oidc`;

  const db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  const oidc = await createOidcProvider({
    issuer,
    prisma: db.prisma,
    accounts,
    clients: firstPartyClients({
      webRedirectUris: [WEB_REDIRECT_URI],
      mcpRedirectUris: [MCP_REDIRECT_URI],
      serviceClientSecret: SERVICE_SECRET,
    }),
    cookieKeys: ['test-cookie-key-0123456789abcdef0123456789'],
    resourceAudience: RESOURCE,
  });

  const app = createServiceApp({
    name: 'identity',
    logger: createLogger({ name: 'identity', level: 'silent' }),
    metrics: createMetrics({ collectDefaults: false }),
    readiness: {},
  });
  mountOidcProvider(app, oidc, { prefix: '/oidc', limits });
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
      await db.dispose();
    },
  };
}
