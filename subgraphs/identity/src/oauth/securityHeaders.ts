import type { KoaMiddleware } from './KoaMiddleware.js';

/**
 * Headers for every response of the authorization server and its pages (§15). `default-src 'self'` rules out inline
 * script and style in our pages. `script-src 'self'` is spelled out only so that oidc-provider can append the hash of
 * its one fixed auto-submit script for `response_mode=form_post` (it does that when the directive exists); none of
 * our clients use that mode.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; script-src 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Sets `SECURITY_HEADERS` before the provider handles the request, so its own pages get them too. */
export function securityHeaders(): KoaMiddleware {
  return async (ctx, next) => {
    ctx.set(SECURITY_HEADERS);
    await next();
  };
}
