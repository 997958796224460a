import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { FastifyInstance } from 'fastify';
import { createServiceApp, type HealthCheck, type Logger, type Metrics } from '@media-gateway/runtime';
import type { RouterConfig } from './config/routerConfig.js';
import type { Cache } from '@media-gateway/cache';
import { toApolloCache } from './gateway/toApolloCache.js';
import { createGateway } from './gateway/createGateway.js';
import { createServiceBuilder } from './gateway/createServiceBuilder.js';
import type { SubgraphTransport } from './gateway/SubgraphTransport.js';
import { createLimitsPlugin } from './limits/index.js';
import { useMetrics } from './plugins/useMetrics.js';
import { subgraphWarningsPlugin } from './plugins/subgraphWarningsPlugin.js';
import { registerGraphQLRoute } from './http/registerGraphQLRoute.js';
import { registerExplorer } from './explorer/registerExplorer.js';
import { prepareSupergraph } from './auth/securityFeatures.js';
import { readFieldRequirements } from './auth/fieldRequirements.js';
import { createAuthorizationPlugin } from './auth/createAuthorizationPlugin.js';
import type { RouterContext } from './auth/RouterContext.js';
import type { Authenticated } from './auth/createAuthenticator.js';
import type { RateLimiter } from '@media-gateway/auth';
import { applyRateLimit } from './http/applyRateLimit.js';
import { createSubscriptionServer, type SubscriptionServer } from './subscriptions/createSubscriptionServer.js';
import { SubscriptionPlanner } from './subscriptions/SubscriptionPlanner.js';
import { resolveSubscriptionSettings, type SubscriptionSettings } from './subscriptions/SubscriptionSettings.js';
import { InProcessUpstreams } from './subscriptions/upstream/InProcessUpstreams.js';
import { RemoteUpstreams } from './subscriptions/upstream/RemoteUpstreams.js';
import type { Upstreams } from './subscriptions/upstream/Upstreams.js';

export interface RouterOptions {
  config: Pick<RouterConfig, 'limits'>;
  logger: Logger;
  /** Shared cache for automatic persisted queries; in-process when omitted. */
  cache?: Cache;
  metrics: Metrics;
  supergraphSdl: string;
  transport: SubgraphTransport;
  readiness: Record<string, HealthCheck>;
  describe?: () => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Who the caller is, from the request's headers (see `createAuthenticator`). */
  authenticate: (headers: Record<string, string | string[] | undefined>, clientIp?: string) => Promise<Authenticated>;
  /** Per-caller request limits (§6); none when omitted. Subscribe messages over WebSocket count too. */
  rateLimiter?: RateLimiter;
  /** Tuning for subscriptions over graphql-ws (served on the GraphQL path); defaults when omitted. */
  subscriptions?: Partial<SubscriptionSettings>;
}

export interface Router {
  app: FastifyInstance;
  apollo: ApolloServer<RouterContext>;
  /** Federated subscriptions over graphql-ws; `stats()` is also in `/health` under `subscriptions`. */
  subscriptions: SubscriptionServer;
  close(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';
/** Far above any real operation; the point is to stop pathological documents before they are parsed into memory. */
const MAX_TOKENS = 20_000;

/**
 * Builds the router: the gateway over the supergraph behind the shared HTTP shell, with limits and metrics, and
 * federated subscriptions over graphql-ws on the same path.
 */
export async function createRouter(options: RouterOptions): Promise<Router> {
  const subscriptionSettings = resolveSubscriptionSettings(options.subscriptions);
  const app = createServiceApp({
    name: 'router',
    logger: options.logger,
    metrics: options.metrics,
    readiness: options.readiness,
    // Only called for requests, once `subscriptions` (below) exists.
    describe: async () => ({ ...(await options.describe?.()), subscriptions: subscriptions.stats() }),
  });
  const { limits } = options.config;
  const { gatewaySdl, directives } = prepareSupergraph(options.supergraphSdl);
  const requirements = readFieldRequirements(options.supergraphSdl, directives);
  // One data source per subgraph, shared by the gateway and each subscription event's entity fetches.
  const buildService = createServiceBuilder(options.transport, options.logger);
  const planner = new SubscriptionPlanner(gatewaySdl, subscriptionSettings.maxCachedPlans);
  const apollo = new ApolloServer<RouterContext>({
    gateway: createGateway(gatewaySdl, buildService),
    logger: options.logger,
    ...(options.cache ? { cache: toApolloCache(options.cache, options.logger) } : {}),
    parseOptions: { maxTokens: MAX_TOKENS },
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      fastifyApolloDrainPlugin(app),
      createLimitsPlugin(limits),
      createAuthorizationPlugin<RouterContext>(requirements, (context) => context.access),
      useMetrics(options.metrics, 'router'),
      subgraphWarningsPlugin(),
    ],
  });
  await apollo.start();
  const explorer = registerExplorer(app, { endpoint: GRAPHQL_PATH, path: GRAPHQL_PATH, title: 'Media Gateway' });
  registerGraphQLRoute(app, apollo, {
    path: GRAPHQL_PATH,
    maxQueryLength: limits.maxQueryLength,
    explorer,
    context: async (request, reply) => {
      const { access, assertion, rateLimit } = await options.authenticate(request.headers, request.ip);
      if (options.rateLimiter) await applyRateLimit(options.rateLimiter, rateLimit, reply);
      return { access, identityAssertion: assertion, warnings: [] };
    },
  });
  const upstreams = createUpstreams(options.transport, subscriptionSettings, options.logger);
  const subscriptions = createSubscriptionServer({
    app,
    path: GRAPHQL_PATH,
    planner,
    services: Object.fromEntries(planner.subgraphNames.map((name) => [name, buildService(name)])),
    upstreams,
    apollo,
    authenticate: options.authenticate,
    ...(options.rateLimiter ? { rateLimiter: options.rateLimiter } : {}),
    limits,
    requirements,
    maxTokens: MAX_TOKENS,
    settings: subscriptionSettings,
    metrics: options.metrics,
    logger: options.logger,
  });
  return {
    app,
    apollo,
    subscriptions,
    async close() {
      // Closing the app closes every client socket first, which stops their upstream streams.
      await app.close();
      await upstreams.close();
      await apollo.stop();
    },
  };
}

function createUpstreams(transport: SubgraphTransport, settings: SubscriptionSettings, logger: Logger): Upstreams {
  if (transport.kind === 'in-process') return new InProcessUpstreams(transport.subgraphs, logger);
  return new RemoteUpstreams({ urls: transport.urls, keepAliveMs: settings.keepAliveMs, connectTimeoutMs: transport.timeoutMs, logger });
}
