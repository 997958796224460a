import type { ApolloServer } from '@apollo/server';
import type { ServiceMap } from '@apollo/gateway';
import type { FastifyInstance } from 'fastify';
import { GraphQLError, getOperationAST, parse, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { SubscribePayload } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { RateLimiter } from '@media-gateway/auth';
import { listenForWebSockets, type Logger, type Metrics } from '@media-gateway/runtime';
import type { RouterContext } from '../auth/RouterContext.js';
import type { FieldRequirements } from '../auth/fieldRequirements.js';
import { limitError, type QueryLimits } from '../limits/index.js';
import { checkSubscription } from './checkSubscription.js';
import { FederatedSubscription } from './FederatedSubscription.js';
import { formatWireError, formatWireResult } from './formatWireResult.js';
import { SubscriptionConnection, type Authenticate } from './SubscriptionConnection.js';
import type { SubscriptionPlanner } from './SubscriptionPlanner.js';
import type { SubscriptionSettings } from './SubscriptionSettings.js';
import { subscriptionMetrics } from './subscriptionMetrics.js';
import type { SubscriptionOperation } from './resolveEvent.js';
import type { Upstreams } from './upstream/Upstreams.js';
import type { TrustedOperations } from '../persisted/TrustedOperations.js';

export interface SubscriptionServerOptions {
  app: FastifyInstance;
  /** Shared with GraphQL over HTTP. */
  path: string;
  planner: SubscriptionPlanner;
  /** The gateway's data sources, for each event's entity fetches. */
  services: ServiceMap;
  upstreams: Upstreams;
  /** Runs queries and mutations sent over the socket, through the same plugins (limits, access) as HTTP. */
  apollo: ApolloServer<RouterContext>;
  /**
   * Trusted operations and the safelist, as over HTTP: a subscribe payload may name one by `documentId` or
   * `extensions.persistedQuery.sha256Hash` (with `query: ""`, since graphql-ws requires the field).
   */
  trusted: Pick<TrustedOperations, 'resolve' | 'admit'>;
  authenticate: Authenticate;
  rateLimiter?: RateLimiter;
  limits: QueryLimits & { maxQueryLength: number };
  requirements: FieldRequirements;
  /** The parser's token cap, as for HTTP. */
  maxTokens: number;
  settings: SubscriptionSettings;
  metrics: Metrics;
  logger: Logger;
}

/** What `/health` shows under `subscriptions`. */
export interface SubscriptionStats {
  connections: number;
  subscriptions: number;
  /** Open sockets to each subgraph (distributed mode). */
  upstreamSockets: Record<string, number>;
  cachedPlans: number;
}

export interface SubscriptionServer {
  stats(): SubscriptionStats;
}

/** What `onSubscribe` hands graphql-ws for a subscription, and graphql-ws hands back to `subscribe`. */
interface SubscribeContext {
  connection: SubscriptionConnection;
  operation: SubscriptionOperation;
}

/**
 * GraphQL over WebSocket (graphql-ws, subprotocol `graphql-transport-ws`) on the router's own HTTP server and path.
 * Subscriptions are federated here (see `FederatedSubscription`); queries and mutations sent over the socket run
 * through Apollo Server like HTTP requests. Every subscribe message counts against the caller's rate limit.
 */
export function createSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const { settings, logger, limits } = options;
  const listener = listenForWebSockets(options.app, { path: options.path });
  const connections = new Map<WebSocket, SubscriptionConnection>();
  let activeSubscriptions = 0;
  const metrics = subscriptionMetrics(options.metrics.registry, { connections: listener.connections, subscriptions: () => activeSubscriptions });
  const streamDeps = {
    planner: options.planner,
    services: options.services,
    upstreams: options.upstreams,
    logger,
    onActiveChange: (delta: number) => (activeSubscriptions += delta),
  };

  const connectionOf = (socket: WebSocket): SubscriptionConnection | undefined => connections.get(socket);

  const rateLimited = async (connection: SubscriptionConnection): Promise<GraphQLError | undefined> => {
    const subject = connection.rateLimit;
    if (!options.rateLimiter || !subject) return undefined;
    const decision = await options.rateLimiter.consume(subject.subject, subject.policy);
    if (decision.allowed) return undefined;
    const retryAfter = decision.retryAfterSeconds ?? 1;
    return new GraphQLError(`Rate limit exceeded; retry in ${retryAfter} s.`, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } });
  };

  const prepare = async (connection: SubscriptionConnection, payload: SubscribePayload): Promise<ExecutionArgs | GraphQLError[]> => {
    if (connection.closed) return [new GraphQLError('The connection is closing.', { extensions: { code: 'BAD_REQUEST' } })];
    const limited = await rateLimited(connection);
    if (limited) return [limited];
    if (payload.query.length > limits.maxQueryLength) {
      return [limitError('QUERY_TOO_LARGE', `Query text is ${payload.query.length} characters; the limit is ${limits.maxQueryLength}`, { limit: limits.maxQueryLength, actual: payload.query.length })];
    }
    const { documentId } = payload as SubscribePayload & { documentId?: unknown };
    const resolution = options.trusted.resolve({ query: payload.query, documentId, extensions: payload.extensions }, 'ws');
    const admission = options.trusted.admit(resolution, connection.identity ?? { kind: 'anonymous' }, 'ws');
    if (admission.kind === 'refused') return [admission.error];
    const trusted = admission.kind === 'persisted' ? admission.operation : undefined;
    const query = trusted?.body ?? payload.query;
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: options.maxTokens });
    } catch (error) {
      return [new GraphQLError((error as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
    }
    const operationName = trusted?.name ?? payload.operationName ?? undefined;
    const variables = payload.variables ?? {};
    const base = { schema: options.planner.apiSchema, document, variableValues: variables, ...(operationName ? { operationName } : {}) };
    if (getOperationAST(document, operationName)?.operation !== 'subscription') {
      // Apollo Server validates and checks it (as for HTTP); `execute` below hands it over.
      return { ...base, contextValue: { ...connection.context(), ...(trusted ? { trustedOperation: { id: trusted.id, name: trusted.name } } : {}) } };
    }
    const errors = checkSubscription({ schema: options.planner.apiSchema, limits, requirements: options.requirements }, document, operationName, variables, connection.context().access);
    if (errors.length > 0) return errors;
    let plan;
    try {
      plan = options.planner.plan(document, operationName, query);
    } catch (error) {
      logger.error({ err: error }, 'subscription could not be planned');
      return [new GraphQLError('The subscription could not be planned.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })];
    }
    const context: SubscribeContext = { connection, operation: { document, operationName, variables, plan } };
    return { ...base, contextValue: context };
  };

  const subscribe = (args: ExecutionArgs): AsyncIterableIterator<ExecutionResult> | ExecutionResult => {
    const { connection, operation } = args.contextValue as SubscribeContext;
    if (connection.subscriptionCount >= settings.maxSubscriptionsPerConnection) {
      return {
        errors: [
          new GraphQLError(`At most ${settings.maxSubscriptionsPerConnection} subscriptions per connection.`, {
            extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: settings.maxSubscriptionsPerConnection },
          }),
        ],
      };
    }
    return new FederatedSubscription(streamDeps, connection, operation).start();
  };

  const execute = async (args: ExecutionArgs): Promise<ExecutionResult> => {
    const response = await options.apollo.executeOperation(
      { query: args.document, variables: (args.variableValues ?? {}) as Record<string, unknown>, ...(args.operationName ? { operationName: args.operationName } : {}) },
      { contextValue: args.contextValue as RouterContext },
    );
    if (response.body.kind !== 'single') return { errors: [new GraphQLError('Incremental delivery is not supported over WebSocket.', { extensions: { code: 'BAD_REQUEST' } })] };
    return response.body.singleResult as ExecutionResult;
  };

  useServer<Record<string, unknown>, { socket: WebSocket }>(
    {
      connectionInitWaitTimeout: settings.connectionInitTimeoutMs,
      execute,
      subscribe,
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra as { socket: WebSocket; request: { socket: { remoteAddress?: string } } };
        const connection = new SubscriptionConnection({
          socket,
          authenticate: options.authenticate,
          clientIp: request.socket.remoteAddress ?? 'unknown',
          settings,
          logger,
          onClose: metrics.closed,
        });
        connections.set(socket, connection);
        return connection.init(ctx.connectionParams);
      },
      onSubscribe: async (ctx, _id, payload) => {
        const connection = connectionOf(ctx.extra.socket);
        if (!connection) return [new GraphQLError('Unauthorized', { extensions: { code: 'UNAUTHENTICATED' } })];
        return prepare(connection, payload);
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        metrics.delivered();
        return formatWireResult(result);
      },
      onError: (_ctx, _id, _payload, errors) => errors.map(formatWireError),
      onClose: (ctx) => {
        const socket = ctx.extra.socket;
        connections.get(socket)?.dispose();
        connections.delete(socket);
      },
    },
    listener.server,
    settings.keepAliveMs,
  );

  return {
    stats: () => ({
      connections: listener.connections(),
      subscriptions: activeSubscriptions,
      upstreamSockets: options.upstreams.sockets(),
      cachedPlans: options.planner.cachedPlans(),
    }),
  };
}
