import { Readable } from 'node:stream';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { limitError } from '../limits/index.js';
import { wantsExplorerHtml } from '../explorer/wantsExplorerHtml.js';
import { readHttpOperationRequest, rewriteHttpGraphQLRequest } from '../persisted/httpOperationRequest.js';
import type { Resolution } from '../persisted/resolveOperation.js';
import type { TrustedOperations } from '../persisted/TrustedOperations.js';

export interface GraphQLRouteOptions<TContext extends BaseContext> {
  path: string;
  /**
   * Builds the GraphQL context for one request (authentication, rate limiting and the safelist decision happen here),
   * given what the request names; throwing a GraphQLError answers the request with it.
   */
  context: (request: FastifyRequest, reply: FastifyReply, resolution: Resolution) => Promise<TContext>;
  maxQueryLength: number;
  /** Serves the explorer page for browsers that GET the endpoint. */
  explorer: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  /** Resolves `documentId` / `extensions.persistedQuery.sha256Hash` to the manifest's operations. */
  trusted: Pick<TrustedOperations, 'resolve'>;
}

/**
 * `POST /graphql` and `GET /graphql` for GraphQL over HTTP; a browser's GET gets the explorer instead. Oversized
 * query text is refused before it is parsed. A request naming a trusted operation by id reaches Apollo Server as that
 * operation's text (see `rewriteHttpGraphQLRequest`).
 */
export function registerGraphQLRoute<TContext extends BaseContext>(
  app: FastifyInstance,
  apollo: ApolloServer<TContext>,
  options: GraphQLRouteOptions<TContext>,
): void {
  apollo.assertStarted('registerGraphQLRoute()');
  app.route({
    method: ['GET', 'POST'],
    url: options.path,
    handler: async (request, reply) => {
      if (wantsExplorerHtml(request)) return options.explorer(request, reply);
      const incoming = toHttpGraphQLRequest(request);
      const named = readHttpOperationRequest(incoming);
      const query = named.query;
      if (typeof query === 'string' && query.length > options.maxQueryLength) {
        const error = limitError('QUERY_TOO_LARGE', `Query text is ${query.length} characters; the limit is ${options.maxQueryLength}`, {
          limit: options.maxQueryLength,
          actual: query.length,
        });
        const { http: _status, ...extensions } = error.extensions;
        return reply.status(413).send({ errors: [{ message: error.message, extensions }] });
      }
      const resolution = options.trusted.resolve(named, 'http');
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: rewriteHttpGraphQLRequest(incoming, resolution),
        context: () => options.context(request, reply, resolution),
      });
      for (const [name, value] of response.headers) void reply.header(name, value);
      void reply.code(response.status ?? 200);
      return response.body.kind === 'complete' ? response.body.string : reply.send(Readable.from(response.body.asyncIterator));
    },
  });
}

/** As `@as-integrations/fastify` builds it; done here so the route can swap a trusted operation's id for its text. */
function toHttpGraphQLRequest(request: FastifyRequest): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return { method: request.method.toUpperCase(), headers, search: new URL(request.url, `${request.protocol}://${request.hostname}/`).search, body: request.body };
}
