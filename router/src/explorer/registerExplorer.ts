import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { explorerContentSecurityPolicy } from './explorerContentSecurityPolicy.js';
import { renderExplorerHtml } from './renderExplorerHtml.js';
import { resolveExplorerAssets } from './resolveExplorerAssets.js';
import { wantsExplorerHtml } from './wantsExplorerHtml.js';

export interface ExplorerOptions {
  /**
   * The GraphQL endpoint the page sends requests to: a path on this server, or an absolute URL.
   * @example '/graphql'
   */
  endpoint: string;
  /**
   * Where the page is served; its assets go under `<path>/assets/`. May equal the endpoint's path: the page only
   * answers requests that {@link wantsExplorerHtml} accepts, everything else goes to the GraphQL route.
   * @example '/graphql'
   */
  path: string;
  /** @default 'Media Gateway · GraphQL explorer' */
  title?: string;
}

/** Sends the explorer page; for a GraphQL route that wants to answer browser requests itself. */
export type ExplorerPageHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;

/**
 * Routes are chosen by a Fastify constraint derived from {@link wantsExplorerHtml}, rather than by a check inside
 * the handler: a Fastify handler can't pass a request on to another route, and the GraphQL route usually lives on
 * the same path. With the constraint, find-my-way tries the explorer route only for browser page requests and
 * falls back to the unconstrained GraphQL route for everything else.
 */
const HTML_CONSTRAINT = 'mediaGatewayExplorerHtml';
const HTML_VALUE = 'page';

/** Asset names carry a version or content hash, so a URL's body never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves GraphiQL 3 with the explorer plugin from the installed packages (no CDN): the page at `GET <path>` for
 * browsers, and a fixed allow-list of files at `GET <path>/assets/<name>`. Any other asset name (including
 * anything with `..` or `/` in it) is a 404 from the app's not-found handler.
 *
 * Returns the page handler as well, for a GraphQL route on the same path that checks {@link wantsExplorerHtml}
 * itself; with the constraint in place such a check is redundant but harmless. Call before the server listens.
 */
export function registerExplorer(app: FastifyInstance, options: ExplorerOptions): ExplorerPageHandler {
  const { endpoint, path } = validateOptions(options);
  const title = options.title ?? 'Media Gateway · GraphQL explorer';
  const base = path === '/' ? '' : path.replace(/\/+$/, '');
  const assets = resolveExplorerAssets();
  const assetUrl = (name: string) => `${base}/assets/${name}`;

  const html = renderExplorerHtml({
    title,
    endpoint,
    scripts: assets.scripts.map(assetUrl),
    stylesheets: assets.styles.map(assetUrl),
  });
  const csp = explorerContentSecurityPolicy(endpoint);

  if (!app.hasConstraintStrategy(HTML_CONSTRAINT)) {
    app.addConstraintStrategy({
      name: HTML_CONSTRAINT,
      storage() {
        // Parameter types come from Fastify's ConstraintStrategy; only one value (HTML_VALUE) is ever stored.
        const handlers = new Map();
        return {
          get: (value) => handlers.get(value) ?? null,
          set: (value, handler) => {
            handlers.set(value, handler);
          },
        };
      },
      deriveConstraint: (request) => (wantsExplorerHtml(request) ? HTML_VALUE : undefined),
      mustMatchWhenDerived: false,
    });
  }

  const sendPage: ExplorerPageHandler = async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', csp)
      // The page names versioned assets; revalidating it is what lets an upgrade reach browsers.
      .header('cache-control', 'no-cache')
      .header('x-content-type-options', 'nosniff')
      .send(html);

  app.route({
    method: 'GET',
    url: path,
    constraints: { [HTML_CONSTRAINT]: HTML_VALUE },
    // The constraint only ever derives a value for GET, so an automatic HEAD route could never match.
    exposeHeadRoute: false,
    handler: sendPage,
  });

  app.get<{ Params: { name: string } }>(`${base}/assets/:name`, async (request, reply) => {
    // A Map lookup, not a path join: only allow-listed names resolve, so `..`, `%2e%2e%2f` and `__proto__` are 404s.
    const asset = assets.files.get(request.params.name);
    if (!asset) {
      reply.callNotFound();
      // Returning the reply tells Fastify it is handled, even if the not-found handler answers asynchronously.
      return reply;
    }
    void reply.type(asset.contentType).header('cache-control', IMMUTABLE).header('x-content-type-options', 'nosniff');
    return reply.send(asset.file === undefined ? asset.body : createReadStream(asset.file));
  });

  return sendPage;
}

function validateOptions(options: ExplorerOptions): { endpoint: string; path: string } {
  const { endpoint, path } = options;
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new TypeError(`explorer.path must be an absolute path starting with "/", got ${JSON.stringify(path)}`);
  }
  if (typeof endpoint !== 'string' || endpoint.trim() === '') {
    throw new TypeError(`explorer.endpoint must be a non-empty path or URL, got ${JSON.stringify(endpoint)}`);
  }
  if (options.title !== undefined && typeof options.title !== 'string') {
    throw new TypeError(`explorer.title must be a string, got ${JSON.stringify(options.title)}`);
  }
  return { endpoint, path };
}
