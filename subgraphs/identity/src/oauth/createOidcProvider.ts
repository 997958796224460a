import type { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenRevocations } from '@media-gateway/auth';
import type { PrismaClient } from '@media-gateway/db';
import Provider from 'oidc-provider';
import type { KoaContextWithOIDC } from 'oidc-provider';
import type { JWK } from 'jose';
import type { AccountDirectory } from './AccountDirectory.js';
import { recordProviderRevocations } from '../revocation/recordProviderRevocations.js';
import { activatePrefill } from './activatePrefill.js';
import { deviceFlowPolicy } from './deviceFlowPolicy.js';
import { validateClients, type OAuthClientConfig } from './OAuthClientConfig.js';
import { DEFAULT_OIDC_TTL, type OidcTtl } from './OidcTtl.js';
import { ACTIVATE_ROUTE, providerConfiguration } from './providerConfiguration.js';
import { securityHeaders } from './securityHeaders.js';
import { createUpstreamRelyingParty, type UpstreamRelyingParty } from './UpstreamRelyingParty.js';
import { validateUpstreamProviders, type UpstreamProviderConfig } from './UpstreamProviderConfig.js';
import {
  DEFAULT_SIGNING_KEY_POLICY,
  publicJwks,
  rotateSigningKeys,
  type SigningKeyPolicy,
  type SigningKeyRecord,
} from './signingKeys.js';

export interface CreateOidcProviderOptions {
  /**
   * The public issuer URL, with a path where the provider is mounted (`mountOidcProvider`'s prefix).
   * @example 'https://api.example.com/oidc'
   */
  issuer: string;
  prisma: PrismaClient;
  clients: readonly OAuthClientConfig[];
  accounts: AccountDirectory;
  /** Keys that sign the provider's cookies, newest first (older ones still verify, for rotation). ≥ 32 chars each. */
  cookieKeys: readonly string[];
  /** The API's resource indicator: the `aud` of every access token. @example 'https://api.example.com' */
  resourceAudience: string;
  /** Lifetimes in seconds; tests shorten them. @default DEFAULT_OIDC_TTL */
  ttl?: Partial<OidcTtl>;
  /** Seconds a device must wait between polls (§6). @default 5 */
  devicePollInterval?: number;
  /** Trust `X-Forwarded-*` (set when the router or a load balancer is in front). @default false */
  trustProxy?: boolean;
  /** @default DEFAULT_SIGNING_KEY_POLICY (rotate after 90 days, 24 h overlap) */
  signingKeyPolicy?: SigningKeyPolicy;
  /**
   * Clock for signing-key rotation and device polling. oidc-provider itself always reads the system clock.
   * @default () => new Date()
   */
  now?: () => Date;
  /**
   * Upstream OpenID providers offered on the login page as "Continue with <label>" (§6), e.g.
   * `readUpstreamProviders(process.env)`. Register `<issuer>/upstream/<id>/callback` at each.
   * @default []
   */
  upstreams?: readonly UpstreamProviderConfig[];
  /** Receives the provider's internal errors (its 500 answers) and failed upstream sign-ins. */
  logger?: { error(details: object, message: string): void };
  /**
   * Called when a used refresh token or code is presented again (or two requests race for one). The grant, i.e. the
   * whole token family, has already been revoked; this is the seam for §6's CRITICAL `TOKEN_REPLAY_DETECTED` audit
   * event and the user notice.
   */
  onTokenReplay?: (event: TokenReplayEvent) => void;
  /**
   * The access-token denylist the router checks. Revocations at this server (the revocation endpoint, refresh-token
   * replay revoking a family) are copied onto it, since the router verifies JWT access tokens on its own.
   */
  revocations?: Pick<TokenRevocations, 'revokeGrant' | 'revokeToken'>;
}

export interface TokenReplayEvent {
  clientId: string | undefined;
  /** Known for refresh tokens; a replayed code is rejected before its account is loaded. */
  accountId: string | undefined;
  grantId: string | undefined;
  /** oidc-provider's detail, e.g. `refresh token already used`. */
  detail: string;
}

/** The identity service's authorization server: an oidc-provider instance plus what the HTTP layer needs. */
export interface OidcProvider {
  readonly issuer: string;
  /** The issuer's path (`/oidc`); `mountOidcProvider` serves the provider there. */
  readonly mountPath: string;
  /** The oidc-provider instance serving now. A signing-key change replaces it; don't hold on to it. */
  readonly provider: Provider;
  readonly accounts: AccountDirectory;
  client(clientId: string): OAuthClientConfig | undefined;
  /** The Node request handler of the current provider. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** The published JWKS (what `<issuer>/jwks` serves), for in-process verifiers such as the embedded router. */
  publicJwks(): { keys: JWK[] };
  /**
   * Rotates the signing key when due and picks up keys another replica rotated or retired; a changed key set swaps in
   * a new provider instance (oidc-provider reads its keys once, at construction). Run it at least hourly.
   */
  refreshSigningKeys(): Promise<{ rotated: boolean; kids: string[] }>;
  /** Where the sign-in pages' stylesheet is served. */
  readonly stylesheetHref: string;
  /** Sign-in through the configured upstream providers (none configured: no buttons, no callbacks). */
  readonly upstream: UpstreamRelyingParty;
}

/**
 * Creates the OAuth 2.1 / OpenID Connect authorization server (§6) on `oidc-provider`, with its state in Postgres
 * (`identity.oidc_model`) and RS256 signing keys in `identity.signing_key` (created on first start, so restarts keep
 * issuing tokens the same JWKS verifies). Serve it with `mountOidcProvider`.
 */
export async function createOidcProvider(options: CreateOidcProviderOptions): Promise<OidcProvider> {
  const { issuer, prisma, accounts } = options;
  const mountPath = issuerPath(issuer);
  if (options.cookieKeys.length === 0 || options.cookieKeys.some((key) => key.length < 32)) {
    throw new TypeError('createOidcProvider: `cookieKeys` must hold at least one key of 32 or more characters');
  }
  if (!URL.canParse(options.resourceAudience)) {
    throw new TypeError(`createOidcProvider: \`resourceAudience\` must be an absolute URI, got ${JSON.stringify(options.resourceAudience)}`);
  }
  validateClients(options.clients);
  validateUpstreamProviders(options.upstreams ?? []);
  const ttl: OidcTtl = { ...DEFAULT_OIDC_TTL, ...options.ttl };
  const interval = options.devicePollInterval ?? 5;
  const now = options.now ?? (() => new Date());
  const policy = options.signingKeyPolicy ?? DEFAULT_SIGNING_KEY_POLICY;
  const clients = new Map(options.clients.map((client) => [client.clientId, client]));
  const stylesheetHref = `${mountPath}/assets/pages.css`;
  const upstream = createUpstreamRelyingParty({ issuer, providers: options.upstreams ?? [], cookieKeys: options.cookieKeys, logger: options.logger });

  const build = (keys: SigningKeyRecord[]) => {
    const provider = new Provider(
      issuer,
      providerConfiguration(
        { prisma, clients: options.clients, accounts, cookieKeys: options.cookieKeys, resourceAudience: options.resourceAudience, ttl, mountPath, stylesheetHref },
        keys,
      ),
    );
    provider.proxy = options.trustProxy ?? false;
    provider.use(securityHeaders());
    provider.use(activatePrefill(ACTIVATE_ROUTE));
    provider.use(
      deviceFlowPolicy({
        prisma,
        verificationUri: new URL(ACTIVATE_ROUTE, issuer).href,
        interval,
        deviceCodeTtl: ttl.DeviceCode,
        now,
      }),
    );
    const { logger } = options;
    if (logger) {
      provider.on('server_error', (ctx: { path: string }, err: unknown) => logger.error({ err, path: ctx.path }, 'authorization server error'));
      // Koa's own 'error' (a middleware of ours failing); with a listener Koa stops printing to stderr. The typings
      // list only oidc-provider's events, so go through the EventEmitter Koa extends.
      (provider as unknown as EventEmitter).on('error', (err: unknown, ctx?: { path: string }) => logger.error({ err, path: ctx?.path }, 'authorization server request failed'));
    }
    provider.on('grant.error', (ctx: KoaContextWithOIDC, err: { error_detail?: string }) => {
      const detail = err.error_detail ?? '';
      if (!options.onTokenReplay || !REPLAY.test(detail)) return;
      const token = ctx.oidc.entities.RefreshToken;
      options.onTokenReplay({ clientId: ctx.oidc.client?.clientId, accountId: token?.accountId, grantId: token?.grantId, detail });
    });
    if (options.revocations) {
      recordProviderRevocations(provider, {
        revocations: options.revocations,
        accessTokenLifetimeSeconds: Math.max(ttl.AccessToken, ttl.ClientCredentials),
        logger: options.logger ?? { error() {} },
        now,
      });
    }
    return { provider, keys, handler: provider.callback() };
  };

  let current = build((await rotateSigningKeys(prisma, now(), policy)).keys);
  // oidc-provider validates client metadata on first use; do it now so a bad client stops the start, not a request.
  for (const client of options.clients) await current.provider.Client.find(client.clientId);

  return {
    issuer,
    mountPath,
    accounts,
    stylesheetHref,
    upstream,
    get provider() {
      return current.provider;
    },
    client: (clientId) => clients.get(clientId),
    handle: (req, res) => current.handler(req, res),
    publicJwks: () => publicJwks(current.keys),
    async refreshSigningKeys() {
      const { rotated, keys } = await rotateSigningKeys(prisma, now(), policy);
      const kids = keys.map((key) => key.kid);
      if (kids.join() !== current.keys.map((key) => key.kid).join()) current = build(keys);
      return { rotated, kids };
    },
  };
}

// oidc-provider's details for a consumed refresh token, code or device code, and the adapter's for a lost race.
const REPLAY = /already (used|consumed)/;

function issuerPath(issuer: string): string {
  const url = URL.parse(issuer);
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash) {
    throw new TypeError(`createOidcProvider: \`issuer\` must be an http(s) URL without query or fragment, got ${JSON.stringify(issuer)}`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  // The provider shares the HTTP server with /health, /graphql, ...: it needs a path of its own to be mounted at.
  if (path === '') throw new TypeError(`createOidcProvider: \`issuer\` needs a path to mount the provider at, e.g. ${url.origin}/oidc`);
  return path;
}
