import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { Lifecycle } from '../lifecycle/Lifecycle.js';
import type { Logger } from '../logging/createLogger.js';

export interface MountGraphQLOptions<TContext extends object> {
  schema: GraphQLSchema;
  logger: Logger;
  /** Stops the HTTP server, then Apollo, on shutdown. */
  lifecycle: Lifecycle;
  /** The per-request context, from the same function the router uses when it hosts the subgraph in-process. */
  context: (request: FastifyRequest) => TContext | Promise<TContext>;
  plugins?: ApolloServerPlugin<TContext>[];
}

/**
 * A standalone subgraph's GraphQL endpoint at `/graphql` on the shared HTTP shell (`createServiceApp`): Apollo
 * Server without a landing page or stack traces, drained with the app on shutdown.
 */
export async function mountGraphQL<TContext extends object>(app: FastifyInstance, options: MountGraphQLOptions<TContext>): Promise<void> {
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    logger: options.logger,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), fastifyApolloDrainPlugin(app), ...(options.plugins ?? [])],
  });
  await apollo.start();
  options.lifecycle.add('http server', async () => {
    await app.close();
    await apollo.stop();
  });
  const handler = fastifyApolloHandler(apollo, { context: async (request) => options.context(request) });
  app.route({ method: ['GET', 'POST'], url: '/graphql', handler });
}
