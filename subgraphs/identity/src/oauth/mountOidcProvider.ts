import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OidcProvider } from './createOidcProvider.js';
import { registerInteractionRoutes } from './interactionRoutes.js';
import { PAGES_CSS } from './pages/renderPage.js';
import { ACTIVATE_ROUTE } from './providerConfiguration.js';

export interface MountOidcProviderOptions {
  /** Path the provider answers under; must be the issuer's path. @example '/oidc' */
  prefix: string;
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'] as const;

/**
 * Serves the authorization server from a Fastify app: everything under `prefix` and the device verification page
 * `/activate` goes to oidc-provider (a Koa app), the login/consent pages and their stylesheet are Fastify routes.
 *
 * Requests are handed over in `onRequest`, before Fastify reads the body: oidc-provider parses its own form and JSON
 * bodies from the raw stream (a pre-parsed body only gets a warning and a lossy fallback), and Fastify would refuse
 * `application/x-www-form-urlencoded` with 415 anyway. `reply.hijack()` tells Fastify the response is written
 * elsewhere. The URL loses the prefix and keeps it in `originalUrl`, the Express convention oidc-provider reads to
 * build its own URLs.
 */
export function mountOidcProvider(app: FastifyInstance, oidc: OidcProvider, options: MountOidcProviderOptions): void {
  const prefix = options.prefix.replace(/\/+$/, '');
  if (prefix !== oidc.mountPath) {
    throw new TypeError(`mountOidcProvider: \`prefix\` must be the issuer's path ${JSON.stringify(oidc.mountPath)}, got ${JSON.stringify(options.prefix)}`);
  }

  app.get(`${prefix}/assets/pages.css`, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(PAGES_CSS),
  );
  registerInteractionRoutes(app, oidc);

  const handOff = (strip: string) => async (request: FastifyRequest, reply: FastifyReply) => {
    reply.hijack();
    // Headers set by earlier hooks (request id, nosniff) live on the Fastify reply; carry them over.
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) reply.raw.setHeader(name, value);
    }
    const raw = request.raw as IncomingMessage & { originalUrl?: string };
    const url = raw.url ?? '/';
    raw.originalUrl = url;
    raw.url = url.slice(strip.length) || '/';
    await oidc.handle(raw, reply.raw);
  };
  const unreachable = async () => {
    throw new Error('mountOidcProvider: the request should have been handed to the provider');
  };

  app.route({ method: [...METHODS], url: `${prefix}/*`, onRequest: handOff(prefix), handler: unreachable });
  // The short verification URI users type in (RFC 8628 §3.3), and its resume step after sign-in.
  for (const url of [ACTIVATE_ROUTE, `${ACTIVATE_ROUTE}/*`]) {
    app.route({ method: ['GET', 'POST'], url, onRequest: handOff(''), handler: unreachable });
  }
}
