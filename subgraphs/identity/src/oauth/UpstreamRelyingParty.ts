import * as client from 'openid-client';
import type { UpstreamIdentity } from './AccountDirectory.js';
import { UpstreamCookie } from './UpstreamCookie.js';
import { isLoopback, type UpstreamProviderConfig } from './UpstreamProviderConfig.js';

/** What the server keeps for the callback of one upstream sign-in (`pendingStep`). */
export interface UpstreamExchange {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * Why an upstream sign-in failed before any account was looked at; the reason the audit log records:
 * - `upstream_unavailable`: discovery, the token endpoint or userinfo could not be reached.
 * - `upstream_denied`: the user (or the provider) refused at the provider (`error=access_denied`).
 * - `upstream_error`: the provider answered the authorization request with another error.
 * - `upstream_exchange_failed`: the token endpoint refused the code.
 * - `upstream_token_invalid`: the answer did not validate (ID token signature, issuer, audience, nonce, `iss`).
 */
export type UpstreamFailure = 'upstream_unavailable' | 'upstream_denied' | 'upstream_error' | 'upstream_exchange_failed' | 'upstream_token_invalid';

export type UpstreamOutcome = { ok: true; identity: UpstreamIdentity; reason?: undefined } | { ok: false; reason: UpstreamFailure; identity?: undefined };

export interface UpstreamRelyingParty {
  /** The configured providers, in order, for the login page. */
  readonly providers: readonly { id: string; label: string }[];
  /** The browser's half of the exchange (see `UpstreamCookie`). */
  readonly cookie: UpstreamCookie;
  label(providerId: string): string | undefined;
  /** The exact redirect URI to register at the provider: `<issuer>/upstream/<id>/callback`. */
  redirectUri(providerId: string): string;
  /** The provider's authorization URL for a fresh exchange, or null when its metadata cannot be had right now. */
  begin(providerId: string): Promise<{ url: URL; exchange: UpstreamExchange } | null>;
  /** Redeems the code of a callback (`callbackUrl` carries its query) and returns who signed in. */
  complete(providerId: string, callbackUrl: URL, exchange: UpstreamExchange): Promise<UpstreamOutcome>;
}

export interface UpstreamRelyingPartyOptions {
  /** Our issuer, e.g. `https://api.example.com/oidc`; callbacks live under it. */
  issuer: string;
  providers: readonly UpstreamProviderConfig[];
  /** Signs the exchange cookie (the provider's cookie keys, newest first). */
  cookieKeys: readonly string[];
  logger?: { error(details: object, message: string): void };
}

const SCOPE = 'openid email profile';
/** Seconds each request to a provider may take: a hung provider must not hold the sign-in page forever. */
const TIMEOUT_SECONDS = 10;

/**
 * Our relying party towards upstream OpenID providers, on `openid-client`: discovery from the issuer (cached once it
 * succeeds, tried again on the next sign-in when it fails, so a provider that is down at start-up does not stop the
 * server), authorization code with PKCE S256, `state` and `nonce`, and the ID token validated (signature against the
 * provider's JWKS, `iss`, `aud`, `exp`, `nonce`; RFC 9207 `iss` on the response when the provider sends it).
 *
 * Profile claims come from the ID token; a provider that keeps them out of it (OpenID Connect Core §5.4 allows
 * that for the code flow) is asked at its userinfo endpoint, whose `sub` must match.
 */
export function createUpstreamRelyingParty(options: UpstreamRelyingPartyOptions): UpstreamRelyingParty {
  const issuer = options.issuer.replace(/\/+$/, '');
  const byId = new Map(options.providers.map((provider) => [provider.id, provider]));
  const discovered = new Map<string, Promise<client.Configuration>>();
  const { logger } = options;

  const configuration = (provider: UpstreamProviderConfig): Promise<client.Configuration> => {
    let config = discovered.get(provider.id);
    if (!config) {
      const server = new URL(provider.issuer);
      config = client.discovery(server, provider.clientId, undefined, client.ClientSecretBasic(provider.clientSecret), {
        execute: isLoopback(server) ? [client.allowInsecureRequests] : [],
        timeout: TIMEOUT_SECONDS,
      });
      discovered.set(provider.id, config);
      config.catch((error: unknown) => {
        discovered.delete(provider.id);
        logger?.error({ err: error, provider: provider.id }, 'upstream provider discovery failed');
      });
    }
    return config;
  };

  const provider = (id: string): UpstreamProviderConfig => {
    const found = byId.get(id);
    if (!found) throw new TypeError(`UpstreamRelyingParty: no upstream provider ${JSON.stringify(id)}`);
    return found;
  };
  const redirectUri = (id: string) => `${issuer}/upstream/${provider(id).id}/callback`;

  return {
    providers: options.providers.map(({ id, label }) => ({ id, label })),
    cookie: new UpstreamCookie({ keys: options.cookieKeys, path: `${new URL(issuer).pathname}/upstream/`, secure: issuer.startsWith('https:') }),
    label: (id) => byId.get(id)?.label,
    redirectUri,

    async begin(id) {
      const config = await configuration(provider(id)).catch(() => null);
      if (!config) return null;
      const exchange: UpstreamExchange = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri(id),
        scope: SCOPE,
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(exchange.codeVerifier),
        code_challenge_method: 'S256',
        state: exchange.state,
        nonce: exchange.nonce,
      });
      return { url, exchange };
    },

    async complete(id, callbackUrl, exchange) {
      const error = callbackUrl.searchParams.get('error');
      if (error !== null) return { ok: false, reason: error === 'access_denied' ? 'upstream_denied' : 'upstream_error' };
      const config = await configuration(provider(id)).catch(() => null);
      if (!config) return { ok: false, reason: 'upstream_unavailable' };
      try {
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: exchange.codeVerifier,
          expectedState: exchange.state,
          expectedNonce: exchange.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) return { ok: false, reason: 'upstream_token_invalid' };
        const profile = claims.email === undefined && config.serverMetadata().userinfo_endpoint ? await client.fetchUserInfo(config, tokens.access_token, claims.sub) : claims;
        return {
          ok: true,
          identity: {
            provider: id,
            subject: claims.sub,
            email: typeof profile.email === 'string' ? profile.email : undefined,
            // Some providers send "true" as a string; only a JSON true counts, as the claim is defined.
            emailVerified: profile.email_verified === true,
            name: typeof profile.name === 'string' ? profile.name : undefined,
          },
        };
      } catch (err) {
        const reason = failureOf(err);
        // Name and message only: the error's `cause` can hold the provider's response or ID token claims (personal data).
        const error = err instanceof Error ? { name: err.name, message: err.message, code: (err as { code?: unknown }).code } : { message: String(err) };
        logger?.error({ error, provider: id, reason }, 'upstream sign-in failed');
        return { ok: false, reason };
      }
    },
  };
}

function failureOf(error: unknown): UpstreamFailure {
  if (error instanceof client.ResponseBodyError) return 'upstream_exchange_failed';
  if (error instanceof client.AuthorizationResponseError) return 'upstream_error';
  // Node's fetch rejects with `TypeError: fetch failed` when the provider cannot be reached, and with a TimeoutError
  // past `TIMEOUT_SECONDS`; openid-client's own checks of the answer throw ClientError.
  if ((error instanceof TypeError && error.message === 'fetch failed') || (error instanceof Error && error.name === 'TimeoutError')) {
    return 'upstream_unavailable';
  }
  return 'upstream_token_invalid';
}
