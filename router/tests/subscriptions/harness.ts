import type { Socket } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { FormattedExecutionResult as ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createAccessTokenVerifier, MemoryTokenRevocations, type RateLimiter } from '@media-gateway/auth';
import { createMetrics, createServiceApp, Lifecycle, mountGraphQL, type MountedGraphQL } from '@media-gateway/runtime';
import type { FastifyInstance } from 'fastify';
import { createAuthenticator } from '../../src/auth/createAuthenticator.js';
import { createRouter, type Router } from '../../src/createRouter.js';
import type { SubscriptionSettings } from '../../src/subscriptions/SubscriptionSettings.js';
import { silentLogger } from './support.js';
import { ASSERTION_SECRET, composeFixture, itemsSubgraph, ticksSubgraph, type FixtureSubgraph } from './fixtureSubgraphs.js';

const issuer = 'http://localhost:4000/oidc';
const audience = 'https://api.media-gateway.test';
const { privateKey, publicKey } = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };

/** An access token as the identity service issues them (see router/tests/auth/createAuthenticator.test.ts). */
export function accessToken(options: { sub?: string; expiresIn?: string | number; jti?: string } = {}): Promise<string> {
  return new SignJWT({ scope: 'read:watchlist', client_id: 'web', user_role: 'premium' })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'at+jwt' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(options.sub ?? 'user-1')
    .setJti(options.jti ?? crypto.randomUUID())
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(privateKey);
}


export interface Fixture {
  router: Router;
  /** ws://…/graphql on the router. */
  url: string;
  ticks: ReturnType<typeof ticksSubgraph>;
  items: FixtureSubgraph;
  revocations: MemoryTokenRevocations;
  /** The standalone fixture subgraphs (HTTP transport only). */
  servers: Record<string, FixtureServer>;
  close(): Promise<void>;
}

/**
 * A router over the two fixture subgraphs, listening on a free port. `in-process` hosts them in the router's
 * process; `http` serves each from its own `mountGraphQL` server (HTTP for entity fetches, graphql-ws for streams).
 */
export async function startFixture(
  transport: 'in-process' | 'http',
  options: { subscriptions?: Partial<SubscriptionSettings>; rateLimiter?: RateLimiter; limits?: Partial<{ maxDepth: number; maxAliases: number }> } = {},
): Promise<Fixture> {
  const ticks = ticksSubgraph();
  const items = itemsSubgraph();
  const revocations = new MemoryTokenRevocations();
  const servers: Fixture['servers'] = {};
  if (transport === 'http') {
    for (const subgraph of [ticks, items]) servers[subgraph.name] = await serve(subgraph);
  }
  const router = await createRouter({
    config: { limits: { maxDepth: 7, maxCost: 1000, maxAliases: 15, maxQueryLength: 20_000, ...options.limits } },
    logger: silentLogger,
    metrics: createMetrics({ collectDefaults: false }),
    supergraphSdl: composeFixture([ticks, items]),
    transport:
      transport === 'in-process'
        ? { kind: 'in-process', subgraphs: [ticks, items] }
        : { kind: 'http', urls: Object.fromEntries(Object.entries(servers).map(([name, server]) => [name, `${addressOf(server.app)}/graphql`])), timeoutMs: 5000 },
    readiness: {},
    authenticate: createAuthenticator({
      assertionSecret: ASSERTION_SECRET,
      accessTokens: createAccessTokenVerifier({ issuer, audience, keys: { kind: 'local', getJwks: async () => ({ keys: [jwk] }) } }),
      apiKeys: async (key) => (key === 'mg_live_GoodKeyGoodKeyGoodKeyGoodKey0000' ? { userId: 'user-2', apiKeyId: 'key-1', role: 'free', scopes: [] } : null),
      revocations,
    }),
    ...(options.rateLimiter ? { rateLimiter: options.rateLimiter } : {}),
    ...(options.subscriptions ? { subscriptions: options.subscriptions } : {}),
  });
  await router.app.listen({ port: 0, host: '127.0.0.1' });
  const url = `${addressOf(router.app).replace('http:', 'ws:')}/graphql`;
  return {
    router,
    url,
    ticks,
    items,
    revocations,
    servers,
    async close() {
      await router.close();
      for (const server of Object.values(servers)) await server.lifecycle.close();
    },
  };
}

export interface FixtureServer {
  app: FastifyInstance;
  mounted: MountedGraphQL;
  lifecycle: Lifecycle;
  /** ws://…/graphql on the subgraph itself. */
  url: string;
  /** Cuts every TCP connection without a goodbye, as a crashed process would. */
  kill(): void;
}

async function serve(subgraph: FixtureSubgraph): Promise<FixtureServer> {
  const lifecycle = new Lifecycle(silentLogger);
  const app = createServiceApp({ name: subgraph.name, logger: silentLogger, metrics: createMetrics({ collectDefaults: false }), readiness: {} });
  const mounted = await mountGraphQL(app, {
    schema: subgraph.schema,
    logger: silentLogger,
    lifecycle,
    context: (request) => subgraph.createContext(request.headers as Record<string, string | undefined>),
    subscriptions: true,
  });
  const sockets = new Set<Socket>();
  app.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    mounted,
    lifecycle,
    url: `${addressOf(app).replace('http:', 'ws:')}/graphql`,
    kill: () => {
      for (const socket of sockets) socket.destroy();
    },
  };
}

function addressOf(app: FastifyInstance): string {
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** What a graphql-ws client saw: responses, then how the operation ended. */
export interface Outcome {
  results: ExecutionResult[];
  end: { kind: 'complete' } | { kind: 'error'; error: unknown };
}

export interface TestClient {
  client: Client;
  /** The close event of the client's socket, once it closed. */
  closed: Promise<{ code: number; reason: string }>;
  socket: Promise<WebSocket>;
  /** Subscribes and resolves when the operation ends; `onResult` sees each response as it comes. */
  run(query: string, variables?: Record<string, unknown>, onResult?: (result: ExecutionResult, stop: () => void) => void): Promise<Outcome>;
  dispose(): Promise<void>;
}

export function testClient(url: string, connectionParams?: Record<string, unknown>): TestClient {
  let resolveClosed!: (event: { code: number; reason: string }) => void;
  let resolveSocket!: (socket: WebSocket) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
  const socket = new Promise<WebSocket>((resolve) => (resolveSocket = resolve));
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    ...(connectionParams ? { connectionParams } : {}),
    onNonLazyError: () => {},
    on: {
      opened: (opened) => resolveSocket(opened as WebSocket),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: unknown };
        resolveClosed({ code, reason: String(reason) });
      },
    },
  });
  return {
    client,
    closed,
    socket,
    run(query, variables, onResult) {
      return new Promise<Outcome>((resolve) => {
        const results: ExecutionResult[] = [];
        let stop = () => {};
        stop = client.subscribe(
          { query, ...(variables ? { variables } : {}) },
          {
            next: (value) => {
              const result = value as ExecutionResult;
              results.push(result);
              onResult?.(result, () => stop());
            },
            error: (error) => resolve({ results, end: { kind: 'error', error } }),
            complete: () => resolve({ results, end: { kind: 'complete' } }),
          },
        );
      });
    },
    dispose: async () => {
      await client.dispose();
    },
  };
}
