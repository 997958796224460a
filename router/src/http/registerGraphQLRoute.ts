import type { ApolloServer, BaseContext } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { limitError } from '../limits/index.js';
import { wantsExplorerHtml } from '../explorer/wantsExplorerHtml.js';

export interface GraphQLRouteOptions<TContext extends BaseContext> {
  path: string;
  /** Builds the GraphQL context for one request (authentication and rate limiting happen here). */
  context: (request: FastifyRequest, reply: FastifyReply) => Promise<TContext>;
  maxQueryLength: number;
  /** Serves the explorer page for browsers that GET the endpoint. */
  explorer: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

/**
 * `POST /graphql` and `GET /graphql` for GraphQL over HTTP; a browser's GET gets the explorer instead. Oversized
 * query text is refused before it is parsed.
 */
export function registerGraphQLRoute<TContext extends BaseContext>(
  app: FastifyInstance,
  apollo: ApolloServer<TContext>,
  options: GraphQLRouteOptions<TContext>,
): void {
  const execute = fastifyApolloHandler(apollo, { context: (request, reply) => options.context(request as never, reply as never) });
  app.route({
    method: ['GET', 'POST'],
    url: options.path,
    handler: async (request, reply) => {
      if (wantsExplorerHtml(request)) return options.explorer(request, reply);
      const query = request.method === 'POST' ? (request.body as { query?: unknown } | null)?.query : (request.query as { query?: unknown }).query;
      if (typeof query === 'string' && query.length > options.maxQueryLength) {
        const error = limitError('QUERY_TOO_LARGE', `Query text is ${query.length} characters; the limit is ${options.maxQueryLength}`, {
          limit: options.maxQueryLength,
          actual: query.length,
        });
        const { http: _status, ...extensions } = error.extensions;
        return reply.status(413).send({ errors: [{ message: error.message, extensions }] });
      }
      return execute.call(app, request as never, reply as never);
    },
  });
}
