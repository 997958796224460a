import type { IncomingHttpHeaders } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Lifecycle } from '../lifecycle/Lifecycle.js';
import type { Logger } from '../logging/createLogger.js';
import { listenForWebSockets } from './listenForWebSockets.js';
import { subscriptionHeaders } from './subscriptionHeaders.js';

/** What a context is built from: an HTTP request, or one graphql-ws subscribe message (see `subscriptionHeaders`). */
export interface GraphQLRequestHeaders {
  headers: IncomingHttpHeaders;
}

export interface MountGraphQLOptions<TContext extends object> {
  schema: GraphQLSchema;
  logger: Logger;
  /** Stops the HTTP server (and its WebSockets), then Apollo, on shutdown. */
  lifecycle: Lifecycle;
  /** The per-operation context, from the same function the router uses when it hosts the subgraph in-process. */
  context: (request: GraphQLRequestHeaders) => TContext | Promise<TContext>;
  plugins?: ApolloServerPlugin<TContext>[];
  /**
   * Also serve GraphQL over WebSocket (graphql-ws, subprotocol `graphql-transport-ws`) on `/graphql`, for the
   * router's subscriptions. `true` takes the defaults.
   * @default false
   */
  subscriptions?: boolean | SubscriptionEndpointOptions;
}

export interface SubscriptionEndpointOptions {
  /**
   * Ping interval; a socket that does not answer within another interval is cut, so a vanished router does not keep
   * its subscriptions (and their pub/sub listeners) alive.
   * @default 12000
   */
  keepAliveMs?: number;
}

export interface MountedGraphQL {
  /** Open graphql-ws sockets (0 without `subscriptions`): the router keeps one per subgraph while it has subscriptions. */
  subscriptionConnections(): number;
}

const PATH = '/graphql';

/**
 * A standalone subgraph's GraphQL endpoint at `/graphql` on the shared HTTP shell (`createServiceApp`): Apollo
 * Server without a landing page or stack traces, drained with the app on shutdown; optionally graphql-ws on the same
 * path.
 */
export async function mountGraphQL<TContext extends object>(app: FastifyInstance, options: MountGraphQLOptions<TContext>): Promise<MountedGraphQL> {
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    logger: options.logger,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), fastifyApolloDrainPlugin(app), ...(options.plugins ?? [])],
  });
  await apollo.start();
  options.lifecycle.add('http server', async () => {
    // Closes the WebSockets too (their listener hooks the app's close).
    await app.close();
    await apollo.stop();
  });
  const handler = fastifyApolloHandler(apollo, { context: async (request) => options.context(request) });
  app.route({ method: ['GET', 'POST'], url: PATH, handler });

  if (!options.subscriptions) return { subscriptionConnections: () => 0 };
  const settings = options.subscriptions === true ? {} : options.subscriptions;
  const listener = listenForWebSockets(app, { path: PATH });
  useServer<Record<string, unknown>>(
    {
      schema: options.schema,
      // One socket carries many callers' subscriptions (the router multiplexes), so who the caller is travels with
      // each subscribe message, never with the connection.
      context: (_ctx, _id, payload) => options.context({ headers: subscriptionHeaders(payload.extensions) }),
      onError: (_ctx, id, _payload, errors) => {
        options.logger.debug({ subscription: id, errors: errors.map((e) => e.message) }, 'subscription failed');
      },
    },
    listener.server,
    settings.keepAliveMs ?? 12_000,
  );
  return { subscriptionConnections: listener.connections };
}
