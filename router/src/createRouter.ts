import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { FastifyInstance } from 'fastify';
import { createServiceApp, type HealthCheck, type Logger, type Metrics } from '@media-gateway/runtime';
import type { RouterConfig } from './config/routerConfig.js';
import type { Cache } from '@media-gateway/cache';
import { toApolloCache } from './gateway/toApolloCache.js';
import { createGateway, type SubgraphTransport } from './gateway/createGateway.js';
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
  /** Per-caller request limits (§6); none when omitted. */
  rateLimiter?: RateLimiter;
}

export interface Router {
  app: FastifyInstance;
  apollo: ApolloServer<RouterContext>;
  close(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';
/** Far above any real operation; the point is to stop pathological documents before they are parsed into memory. */
const MAX_TOKENS = 20_000;

/** Builds the router: the gateway over the supergraph behind the shared HTTP shell, with limits and metrics. */
export async function createRouter(options: RouterOptions): Promise<Router> {
  const app = createServiceApp({
    name: 'router',
    logger: options.logger,
    metrics: options.metrics,
    readiness: options.readiness,
    describe: options.describe,
  });
  const { limits } = options.config;
  const { gatewaySdl, directives } = prepareSupergraph(options.supergraphSdl);
  const requirements = readFieldRequirements(options.supergraphSdl, directives);
  const apollo = new ApolloServer<RouterContext>({
    gateway: createGateway(gatewaySdl, options.transport, options.logger),
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
  return {
    app,
    apollo,
    async close() {
      await app.close();
      await apollo.stop();
    },
  };
}
