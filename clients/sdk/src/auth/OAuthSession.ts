import { MediaGatewayError } from '../errors.js';
import { shareInFlight } from '../lib/shareInFlight.js';
import { sleep as defaultSleep } from '../lib/sleep.js';
import { discoverIssuer, oauthError, postForm, type IssuerMetadata, type OAuthAnswer } from './oauthHttp.js';
import type { TokenSource } from './TokenSource.js';
import type { StoredTokens, TokenStore } from './TokenStore.js';

const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

export interface OAuthSessionOptions {
  /** The OAuth issuer, `<router url>/oidc`; its metadata is read from `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  /** A public client of the issuer: `cli` or `tv`. */
  clientId: string;
  store: TokenStore;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /**
   * Refresh this long before the access token expires, so a request never leaves with a token that expires on the
   * way (and a subscription's socket is not closed with 4401 moments after it opens).
   * @default 30
   */
  refreshLeewaySeconds?: number;
  /** Clock, for tests. @default Date.now */
  now?: () => number;
  /** Waits between device-code polls, for tests. @default a setTimeout that honours the signal */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface DeviceCodePrompt {
  /** What the user types at the verification page, e.g. `BCDF-GHJK`. */
  userCode: string;
  verificationUri: string;
  /** The page with the code filled in (for a QR code). */
  verificationUriComplete?: string;
  expiresInSeconds: number;
}

export interface DeviceLoginOptions {
  /** Space-separated; include `offline_access` for a refresh token. */
  scope: string;
  /** Shows the code to the user; polling starts once it returns. */
  onPrompt(prompt: DeviceCodePrompt): void | Promise<void>;
  signal?: AbortSignal;
}

/**
 * OAuth for the public clients (`cli`, `tv`): the device authorization grant (RFC 8628) to sign in, the
 * refresh-token grant with rotation to stay signed in, revocation to sign out. Plain `fetch` and `URLSearchParams`,
 * so it runs in browsers too. It is a `TokenSource`: hand it to `createClient({ auth })`.
 */
export class OAuthSession implements TokenSource {
  private readonly issuer: string;
  private readonly clientId: string;
  private readonly store: TokenStore;
  private readonly fetchImpl: typeof fetch;
  private readonly leewayMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private metadata: Promise<IssuerMetadata> | undefined;
  /** The store's content once read: undefined = not read yet, null = nothing stored. */
  private cached: StoredTokens | null | undefined;

  constructor(options: OAuthSessionOptions) {
    if (typeof options.issuer !== 'string' || !/^https?:\/\//.test(options.issuer)) {
      throw new TypeError(`options.issuer must be an http(s) URL, got ${JSON.stringify(options.issuer)}`);
    }
    if (typeof options.clientId !== 'string' || options.clientId === '') throw new TypeError('options.clientId must be a non-empty string');
    if (!options.store) throw new TypeError('options.store is required');
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== 'function') throw new TypeError('options.fetch is required where there is no global fetch');
    const leeway = options.refreshLeewaySeconds ?? 30;
    if (!(leeway >= 0)) throw new TypeError(`options.refreshLeewaySeconds must be non-negative, got ${leeway}`);
    this.issuer = options.issuer.replace(/\/+$/, '');
    this.clientId = options.clientId;
    this.store = options.store;
    this.fetchImpl = fetchImpl.bind(globalThis) as typeof fetch;
    this.leewayMs = leeway * 1000;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** The issuer's metadata, read once (a failed read is tried again next time). */
  discover(): Promise<IssuerMetadata> {
    this.metadata ??= discoverIssuer(this.fetchImpl, this.issuer).catch((error: unknown) => {
      this.metadata = undefined;
      throw error;
    });
    return this.metadata;
  }

  /** What is stored now (for `auth status`), without refreshing. */
  async tokens(): Promise<StoredTokens | undefined> {
    return (await this.load()) ?? undefined;
  }

  /**
   * Device authorization grant (RFC 8628): asks for a code, hands it to `onPrompt`, then polls the token endpoint
   * every `interval` seconds (+5 s on `slow_down`, §3.5) until the user approves (tokens saved and returned),
   * declines (ACCESS_DENIED) or the code expires (DEVICE_CODE_EXPIRED). A poll that gets no answer is simply
   * repeated at the next interval.
   */
  async deviceLogin(options: DeviceLoginOptions): Promise<StoredTokens> {
    const metadata = await this.discover();
    if (!metadata.device_authorization_endpoint) {
      throw new MediaGatewayError('OAUTH_ERROR', `The issuer ${this.issuer} does not offer the device authorization grant.`);
    }
    const started = await postForm(this.fetchImpl, metadata.device_authorization_endpoint, { client_id: this.clientId, scope: options.scope }, options.signal);
    if (started.status !== 200) throw oauthError(started);
    const { device_code: deviceCode, user_code: userCode, verification_uri: verificationUri, verification_uri_complete: complete, expires_in: expiresIn, interval } = started.body;
    if (typeof deviceCode !== 'string' || typeof userCode !== 'string' || typeof verificationUri !== 'string' || typeof expiresIn !== 'number') {
      throw new MediaGatewayError('OAUTH_ERROR', 'The device authorization answer lacks device_code, user_code, verification_uri or expires_in.', { status: started.status });
    }
    const deadline = this.now() + expiresIn * 1000;
    let intervalMs = (typeof interval === 'number' && interval > 0 ? interval : 5) * 1000;
    await options.onPrompt({ userCode, verificationUri, ...(typeof complete === 'string' ? { verificationUriComplete: complete } : {}), expiresInSeconds: expiresIn });

    for (;;) {
      await this.sleep(intervalMs, options.signal);
      if (this.now() >= deadline) throw new MediaGatewayError('DEVICE_CODE_EXPIRED', 'The device code expired before it was approved; sign in again.', { serverCode: 'expired_token' });
      let answer: OAuthAnswer;
      try {
        answer = await postForm(this.fetchImpl, metadata.token_endpoint, { grant_type: DEVICE_CODE_GRANT, device_code: deviceCode, client_id: this.clientId }, options.signal);
      } catch (error) {
        if (error instanceof MediaGatewayError && error.code === 'NETWORK') continue;
        throw error;
      }
      if (answer.status === 200) return this.saveTokens(answer, undefined);
      switch (answer.body.error) {
        case 'authorization_pending':
          continue;
        case 'slow_down':
          intervalMs += 5000;
          continue;
        case 'expired_token':
          throw oauthError(answer, 'DEVICE_CODE_EXPIRED');
        case 'access_denied':
          throw oauthError(answer, 'ACCESS_DENIED');
        default:
          throw oauthError(answer);
      }
    }
  }

  /**
   * The access token to send: the stored one while it is fresh, else a refreshed one when there is a refresh token.
   * Undefined when signed out, or when the token expired and cannot be refreshed. A refresh that gets no answer
   * falls back on the stored token while it has not expired yet.
   */
  async accessToken(): Promise<string | undefined> {
    const tokens = await this.load();
    if (!tokens) return undefined;
    const now = this.now();
    if (now < tokens.expiresAt - this.leewayMs) return tokens.accessToken;
    if (!tokens.refreshToken) return now < tokens.expiresAt ? tokens.accessToken : undefined;
    try {
      return await this.refresh();
    } catch (error) {
      if (error instanceof MediaGatewayError && error.code === 'NETWORK' && this.now() < tokens.expiresAt) return tokens.accessToken;
      throw error;
    }
  }

  /**
   * Uses the refresh token (RFC 6749 §6) and saves what comes back, including the rotated refresh token (the old
   * one is spent: presenting it again revokes the whole grant). Concurrent callers share one request. Undefined when
   * there is no refresh token; INVALID_GRANT (store cleared) when the server refuses it.
   */
  readonly refresh: () => Promise<string | undefined> = shareInFlight(async () => {
    const tokens = await this.load();
    if (!tokens?.refreshToken) return undefined;
    const metadata = await this.discover();
    const answer = await postForm(this.fetchImpl, metadata.token_endpoint, { grant_type: 'refresh_token', refresh_token: tokens.refreshToken, client_id: this.clientId });
    if (answer.status === 200) return (await this.saveTokens(answer, tokens.refreshToken)).accessToken;
    if (answer.body.error === 'invalid_grant') {
      await this.forget();
      throw oauthError(answer, 'INVALID_GRANT');
    }
    throw oauthError(answer);
  });

  /** Revokes the refresh and access tokens where the issuer advertises revocation (best effort), then clears the store. */
  async logout(): Promise<void> {
    const tokens = await this.load();
    try {
      const endpoint = tokens ? (await this.discover()).revocation_endpoint : undefined;
      if (endpoint && tokens) {
        // The refresh token first: revoking it ends the grant, which is what keeps a stolen copy from being used.
        if (tokens.refreshToken) await postForm(this.fetchImpl, endpoint, { token: tokens.refreshToken, token_type_hint: 'refresh_token', client_id: this.clientId });
        await postForm(this.fetchImpl, endpoint, { token: tokens.accessToken, token_type_hint: 'access_token', client_id: this.clientId });
      }
    } catch {
      // Best effort: signing out locally must work offline too.
    } finally {
      await this.forget();
    }
  }

  private async load(): Promise<StoredTokens | null> {
    if (this.cached === undefined) this.cached = (await this.store.load()) ?? null;
    return this.cached;
  }

  private async forget(): Promise<void> {
    this.cached = null;
    await this.store.clear();
  }

  private async saveTokens(answer: OAuthAnswer, previousRefreshToken: string | undefined): Promise<StoredTokens> {
    const { access_token: accessToken, refresh_token: refreshToken, expires_in: expiresIn, scope } = answer.body;
    if (typeof accessToken !== 'string' || accessToken === '') throw new MediaGatewayError('OAUTH_ERROR', 'The token answer has no access_token.', { status: answer.status });
    const rotated = typeof refreshToken === 'string' ? refreshToken : previousRefreshToken;
    const tokens: StoredTokens = {
      accessToken,
      // Without expires_in (it is only RECOMMENDED, RFC 6749 §5.1) the token is refreshed after five minutes.
      expiresAt: this.now() + (typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : 300) * 1000,
      ...(rotated ? { refreshToken: rotated } : {}),
      ...(typeof scope === 'string' ? { scope } : {}),
    };
    await this.store.save(tokens);
    this.cached = tokens;
    return tokens;
  }
}
