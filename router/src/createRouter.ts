import { buildSchema } from 'graphql';
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
import type { PersistedQueryManifest } from '@media-gateway/schema';
import { TrustedOperations } from './persisted/TrustedOperations.js';
import { buildArwManifest } from './arw/buildArwManifest.js';
import { registerArwManifest } from './arw/registerArwManifest.js';
import type { SafelistMode } from './persisted/SafelistMode.js';

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
  /**
   * The trusted operations (schema/operations' manifest) and the safelist mode, over HTTP and graphql-ws. Every body
   * is validated against the router's schema here, so a stale manifest stops start-up. None, and mode `off`, when
   * omitted.
   */
  persistedOperations?: { manifest: PersistedQueryManifest; mode: SafelistMode; /** The manifest's path, for errors. */ origin?: string };
  /** Serves the ARW manifest for agents at `/.well-known/arw-manifest.json` (PRODUCT_SPEC §11); not when omitted. */
  arw?: {
    /** Where clients reach the router, e.g. `https://api.example.com`. */
    publicUrl: string;
    /** The MCP bridge's streamable-HTTP endpoint (`MCP_PUBLIC_URL`). */
    mcpUrl?: string | undefined;
    /** The OAuth issuer agents sign users in with; none without an identity server. */
    oauthIssuer?: string | undefined;
  };
}

export interface Router {
  app: FastifyInstance;
  apollo: ApolloServer<RouterContext>;
  /** Federated subscriptions over graphql-ws; `stats()` is also in `/health` under `subscriptions`. */
  subscriptions: SubscriptionServer;
  trusted: TrustedOperations;
  close(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';
const NO_OPERATIONS: PersistedQueryManifest = { format: 'apollo-persisted-query-manifest', version: 1, operations: [] };
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
  const trusted = new TrustedOperations({
    manifest: options.persistedOperations?.manifest ?? NO_OPERATIONS,
    mode: options.persistedOperations?.mode ?? 'off',
    schema: planner.apiSchema,
    ...(options.persistedOperations?.origin ? { origin: options.persistedOperations.origin } : {}),
    registry: options.metrics.registry,
  });
  const arwManifest = options.arw
    ? buildArwManifest({
        ...options.arw,
        operations: trusted.operations,
        schema: buildSchema(options.supergraphSdl, { assumeValidSDL: true }),
        graphqlPath: GRAPHQL_PATH,
        safelist: trusted.mode,
      })
    : undefined;
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
  if (arwManifest) registerArwManifest(app, arwManifest);
  const explorer = registerExplorer(app, { endpoint: GRAPHQL_PATH, path: GRAPHQL_PATH, title: 'Media Gateway' });
  registerGraphQLRoute(app, apollo, {
    path: GRAPHQL_PATH,
    maxQueryLength: limits.maxQueryLength,
    explorer,
    trusted,
    context: async (request, reply, resolution) => {
      const { identity, access, assertion, rateLimit } = await options.authenticate(request.headers, request.ip);
      if (options.rateLimiter) await applyRateLimit(options.rateLimiter, rateLimit, reply);
      const admission = trusted.admit(resolution, identity, 'http');
      if (admission.kind === 'refused') throw admission.error;
      const trustedOperation = admission.kind === 'persisted' ? { id: admission.operation.id, name: admission.operation.name } : undefined;
      return { access, identityAssertion: assertion, warnings: [], ...(trustedOperation ? { trustedOperation } : {}) };
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
    trusted,
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
    trusted,
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
