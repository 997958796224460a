import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OidcProvider } from './createOidcProvider.js';
import { registerInteractionRoutes } from './interactionRoutes.js';
import { createOAuthLimitGate } from './limits/createOAuthLimitGate.js';
import { createOAuthRateLimiter } from './limits/createOAuthRateLimiter.js';
import { resolveOAuthLimits, type OAuthLimitsOptions } from './limits/OAuthLimits.js';
import { PAGES_CSS } from './pages/renderPage.js';
import { ACTIVATE_ROUTE } from './providerConfiguration.js';

export interface MountOidcProviderOptions {
  /** Path the provider answers under; must be the issuer's path. @example '/oidc' */
  prefix: string;
  /**
   * Per-endpoint caps (§6): `/token` 10 a minute per client and IP, device-code polls 12 a minute per code,
   * `/device/auth` 5 a minute per IP, 5 wrong user codes a minute per IP on `/activate`. On by default with
   * per-process counters; hand it the deployment's Redis so the caps hold across replicas. Clients are told apart
   * by Fastify's `request.ip`: behind a load balancer the app needs a `trustProxy` setting (the proxies' hop count or
   * addresses), or every client shares the balancer's allowance.
   * @default { enabled: true } (in memory, DEFAULT_OAUTH_LIMITS)
   * @example { redis, keyPrefix: 'mg:oauth:rl' }
   */
  limits?: OAuthLimitsOptions;
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
 *
 * The caps (`options.limits`) are checked in the same hook, before the hand-over: a request over its cap is answered
 * 429 by Fastify and never reaches the provider. Where the key needs a form field, the body is read ahead and put
 * back into the stream unchanged (`peekFormBody`), so the provider still parses it itself.
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

  const limits = resolveOAuthLimits(options.limits);
  const gate = limits.enabled
    ? createOAuthLimitGate({
        oidc,
        limiter: createOAuthRateLimiter({
          ...limits,
          onStoreError: limits.onStoreError ?? ((error) => app.log.warn({ err: error }, 'OAuth rate limit store failed; request let through uncounted')),
        }),
        activatePath: ACTIVATE_ROUTE,
        onError: (error) => app.log.error({ err: error }, 'looking up a submitted user code failed; the submission stays counted'),
      })
    : undefined;

  const handOff = (strip: string) => async (request: FastifyRequest, reply: FastifyReply) => {
    const raw = request.raw as IncomingMessage & { originalUrl?: string };
    const url = raw.url ?? '/';
    const providerUrl = url.slice(strip.length) || '/';
    if (gate) {
      const verdict = await gate({ raw, providerPath: providerUrl, ip: request.ip });
      if (verdict.refused) {
        const { headers, contentType, body } = verdict.refused;
        return reply.code(429).headers(headers).type(contentType).send(body);
      }
      reply.headers(verdict.headers);
    }
    reply.hijack();
    // Headers set by earlier hooks (request id, nosniff) live on the Fastify reply; carry them over.
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) reply.raw.setHeader(name, value);
    }
    raw.originalUrl = url;
    raw.url = providerUrl;
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
