import type { KoaMiddleware } from './KoaMiddleware.js';

/** Where `activatePrefill` leaves the code from the query for the input page. */
export const PREFILL_STATE_KEY = 'prefillUserCode';

/**
 * `verification_uri_complete` (the QR code, RFC 8628 §3.3.1) opens `/activate?user_code=...`. oidc-provider answers
 * that with an auto-submitting form, which needs an inline script our CSP forbids. Instead the code is taken out of
 * the query here and the ordinary input page shows it pre-filled; the user confirms with one click.
 */
export function activatePrefill(activatePath: string): KoaMiddleware {
  return async (ctx, next) => {
    const userCode = ctx.query.user_code;
    if (ctx.method === 'GET' && ctx.path === activatePath && typeof userCode === 'string') {
      ctx.state[PREFILL_STATE_KEY] = userCode.slice(0, 32);
      ctx.querystring = '';
    }
    await next();
  };
}
