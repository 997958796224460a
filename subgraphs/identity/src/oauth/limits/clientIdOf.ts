import type { ParsedUrlQuery } from 'node:querystring';

/**
 * The client a token request claims to come from, unauthenticated: HTTP Basic's user name (RFC 6749 §2.3.1, where
 * it is form-urlencoded before base64) or, for public clients and `client_secret_post`, the body's `client_id`.
 * Basic wins, as it does in oidc-provider. `undefined` when neither is there or the value is malformed.
 *
 * Only good for choosing a rate-limit key: whether the client is real is the provider's job, and the caller folds
 * ids it does not know into one key so that inventing ids buys no extra allowance.
 */
export function clientIdOf(authorization: string | undefined, form: ParsedUrlQuery | undefined): string | undefined {
  const basic = /^basic\s+([A-Za-z0-9+/=._~-]+)\s*$/i.exec(authorization ?? '');
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) return undefined;
    try {
      return decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
    } catch {
      return undefined;
    }
  }
  const fromBody = form?.client_id;
  return typeof fromBody === 'string' && fromBody.length > 0 ? fromBody : undefined;
}
