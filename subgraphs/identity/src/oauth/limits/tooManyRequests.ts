import { messagePage } from '../pages/messagePage.js';
import { SECURITY_HEADERS } from '../securityHeaders.js';
import type { OAuthLimitBucket } from './OAuthLimits.js';

/** A refusal, ready to send. */
export interface TooManyRequests {
  status: 429;
  headers: Record<string, string>;
  contentType: string;
  body: string;
}

/**
 * The 429 for a request over its cap. HTTP 429 with `Retry-After` (RFC 6585 §4) in every case, so proxies, SDKs and
 * generic HTTP clients back off; the body speaks the protocol of the endpoint:
 *
 * - a device-code poll gets `slow_down` (RFC 8628 §3.5): the one error a polling device is built to understand,
 *   and it makes a conforming client add 5 s to its interval (openid-client does, and honours `Retry-After`);
 * - other token requests and device authorization requests get `invalid_request`. RFC 6749 §5.2 closes the list of
 *   token-endpoint errors and has none for rate limiting (`temporarily_unavailable` exists only for the authorization
 *   endpoint's redirect, §4.1.2.1; RFC 8628 §3.2 answers device authorization errors the same way as §5.2). A client
 *   that does not know 429 still sees a well-formed OAuth error and does not mistake it for a bad grant or a bad
 *   client (`invalid_grant` or `invalid_client` would make it drop its refresh token or its credentials);
 * - the verification page, which people use, gets an HTML page saying how long to wait.
 *
 * Token responses carry `Cache-Control: no-store` (RFC 6749 §5.1); the page carries the sign-in pages' CSP.
 */
export function tooManyRequests(bucket: OAuthLimitBucket, retryAfterSeconds: number, stylesheetHref: string): TooManyRequests {
  const wait = Math.max(1, Math.ceil(retryAfterSeconds));
  const common = { 'retry-after': String(wait), 'cache-control': 'no-store' };
  const seconds = `${wait} second${wait === 1 ? '' : 's'}`;
  switch (bucket) {
    case 'userCode':
      return {
        status: 429,
        headers: { ...SECURITY_HEADERS, ...common },
        contentType: 'text/html; charset=utf-8',
        body: messagePage({
          title: 'Too many attempts',
          text: `Too many codes were entered from your network. Wait ${seconds}, then enter the code shown on your device again.`,
          alert: true,
          stylesheetHref,
        }),
      };
    case 'devicePoll':
      return json(common, 'slow_down', `polling too often; wait ${seconds} and poll no faster than the interval`);
    case 'token':
      return json(common, 'invalid_request', `too many token requests from this client; retry after ${seconds}`);
    case 'deviceAuthorization':
      return json(common, 'invalid_request', `too many device authorization requests from this network; retry after ${seconds}`);
  }
}

function json(headers: Record<string, string>, error: string, description: string): TooManyRequests {
  return {
    status: 429,
    headers: { ...headers, pragma: 'no-cache' },
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify({ error, error_description: description }),
  };
}
