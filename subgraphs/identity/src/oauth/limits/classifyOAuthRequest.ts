import { createHash } from 'node:crypto';
import type { ParsedUrlQuery } from 'node:querystring';
import { clientIdOf } from './clientIdOf.js';
import type { LimitedEndpoint } from './limitedEndpointOf.js';
import type { OAuthLimitBucket } from './OAuthLimits.js';

const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

export interface OAuthRequestFacts {
  endpoint: LimitedEndpoint;
  /** The client's address as the HTTP server sees it (Fastify's `request.ip`, which honours `trustProxy`). */
  ip: string;
  /** The `Authorization` header. */
  authorization: string | undefined;
  /** The form body, read ahead of the provider; `undefined` when it could not be (chunked, too large, not a form). */
  form: ParsedUrlQuery | undefined;
  /** Whether a client id is configured; unknown ids share one key. */
  isKnownClient(clientId: string): boolean;
}

/** Which window a request is counted in, and under which key. */
export interface OAuthLimitSubject {
  bucket: OAuthLimitBucket;
  subject: string;
}

/**
 * Decides the key each capped request is counted under (see `OAuthLimits` for the numbers):
 *
 * - a device-code poll (`grant_type=urn:ietf:params:oauth:grant-type:device_code`) counts against its device code,
 *   not the client: every TV of the `tv` client polls at the same endpoint 12 times a minute, so a per-client cap
 *   would shut out all but one. The code is hashed: it is a bearer secret until the tokens are issued and should not
 *   sit in Redis key names. Guessing device codes is hopeless (384 random bits), so fresh codes buying fresh
 *   allowance gives an attacker nothing;
 * - any other token request counts against client *and* IP, so one user's PKCE exchanges do not lock out every user
 *   of the web client, while one address still cannot hammer a client's tokens (refresh-token or code guessing,
 *   a service secret). Ids of clients that do not exist share the key `-`: they are refused by the provider anyway,
 *   and inventing ids must not buy more attempts;
 * - device authorization requests and user-code submissions count against the IP: no client or user is known there
 *   (the verification page is open to anyone with a session cookie, signed in or not).
 *
 * Values inside the key are URI-encoded so that a client id containing `|` cannot pose as another key.
 */
export function classifyOAuthRequest(facts: OAuthRequestFacts): OAuthLimitSubject {
  const ip = `ip:${encodeURIComponent(facts.ip)}`;
  switch (facts.endpoint) {
    case 'deviceAuthorization':
      return { bucket: 'deviceAuthorization', subject: ip };
    case 'codeVerification':
      return { bucket: 'userCode', subject: ip };
    case 'token': {
      const deviceCode = facts.form?.device_code;
      if (facts.form?.grant_type === DEVICE_CODE_GRANT && typeof deviceCode === 'string' && deviceCode.length > 0) {
        return { bucket: 'devicePoll', subject: `code:${createHash('sha256').update(deviceCode).digest('base64url')}` };
      }
      const clientId = clientIdOf(facts.authorization, facts.form);
      const client = clientId !== undefined && facts.isKnownClient(clientId) ? encodeURIComponent(clientId) : '-';
      return { bucket: 'token', subject: `client:${client}|${ip}` };
    }
  }
}
