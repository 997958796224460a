import { GRANT_ID_CLAIM, ROLE_CLAIM } from '@media-gateway/auth';
import type { PrismaClient } from '@media-gateway/db';
import { errors } from 'oidc-provider';
import type { Account, Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { PrismaOidcAdapter } from '../store/PrismaOidcAdapter.js';
import type { AccountClaims, AccountDirectory } from './AccountDirectory.js';
import { apiScopesOf, toClientMetadata, type OAuthClientConfig } from './OAuthClientConfig.js';
import type { OidcTtl } from './OidcTtl.js';
import { providerPages } from './providerPages.js';
import { requestPolicy } from './requestPolicy.js';
import { apiScopesForRole } from './scopes.js';
import { providerJwks, type SigningKeyRecord } from './signingKeys.js';

/** The verification page of the device flow (RFC 8628 `verification_uri`), also served at the origin's root. */
export const ACTIVATE_ROUTE = '/activate';

export interface ProviderConfigurationOptions {
  prisma: PrismaClient;
  clients: readonly OAuthClientConfig[];
  accounts: AccountDirectory;
  cookieKeys: readonly string[];
  resourceAudience: string;
  ttl: OidcTtl;
  /** The issuer's path, where the provider is mounted (`/oidc`); interaction pages live under it. */
  mountPath: string;
  stylesheetHref: string;
}

/**
 * The oidc-provider configuration. Built fresh for every Provider instance because the constructor consumes
 * `jwks` and `clients` (it deletes them from the object it is given).
 *
 * What oidc-provider does on its own, and is only switched on or tuned here: PKCE (S256 only in v9, required for
 * every client), exact redirect URIs, single-use codes (reuse revokes the grant), no implicit flow (`responseTypes`
 * code only; there is no password grant in oidc-provider at all), refresh-token rotation with replay detection
 * (a consumed refresh token presented again revokes the grant, i.e. the whole family), the device flow with the
 * `****-****` base-20 user code (no vowels, so no I/O and no 0/1), revocation, introspection and client credentials.
 * What it lacks is added around it: `requestPolicy` (required `state`, API-scope allow-lists), `deviceFlowPolicy`
 * (`slow_down`, `interval`), and a compare-and-set `consume` in the adapter for concurrent replays.
 */
export function providerConfiguration(options: ProviderConfigurationOptions, keys: readonly SigningKeyRecord[]): Configuration {
  const { accounts, prisma, ttl, resourceAudience } = options;
  const pages = providerPages(options.stylesheetHref);
  const claimsOf = memoisedClaims(accounts);
  const clients = new Map(options.clients.map((client) => [client.clientId, apiScopesOf(client)]));
  const apiScopesFor = (clientId: string): ReadonlySet<string> => clients.get(clientId) ?? new Set();

  return {
    adapter: (name: string) => new PrismaOidcAdapter(prisma, name),
    clients: options.clients.map(toClientMetadata),
    jwks: providerJwks(keys),
    cookies: {
      keys: [...options.cookieKeys],
      // Lax, not Strict: the sign-in pages are reached by a top-level redirect from the client's site, which Strict
      // cookies would not follow. Lax still keeps them off cross-site form posts, which is what guards the forms.
      long: { httpOnly: true, sameSite: 'lax', signed: true },
      short: { httpOnly: true, sameSite: 'lax', signed: true },
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    scopes: ['openid', 'offline_access'],
    responseTypes: ['code'],
    pkce: { required: () => true },
    allowOmittingSingleRegisteredRedirectUri: false,
    rotateRefreshToken: true,
    // §6: refresh tokens are 64 characters; every opaque artefact gets the same 384 bits.
    formats: { bitsOfOpaqueRandomness: 384 },
    extraParams: requestPolicy(apiScopesFor),
    routes: { code_verification: ACTIVATE_ROUTE },
    interactions: { url: (_ctx, interaction) => `${options.mountPath}/interaction/${interaction.uid}` },
    renderError: pages.renderError,
    ttl: {
      AccessToken: ttl.AccessToken,
      AuthorizationCode: ttl.AuthorizationCode,
      ClientCredentials: ttl.ClientCredentials,
      DeviceCode: ttl.DeviceCode,
      IdToken: ttl.IdToken,
      Interaction: ttl.Interaction,
      Session: ttl.Session,
      Grant: ttl.Grant,
      RefreshToken(ctx) {
        const rotated = ctx?.oidc.entities.RotatedRefreshToken;
        const grant = ctx?.oidc.entities.Grant;
        const lifetime = rotated ? rotated.remainingTTL : ttl.RefreshToken;
        // Never beyond the grant: a refresh token whose grant expired is useless anyway.
        return grant?.exp ? Math.max(1, Math.min(lifetime, grant.exp - Math.floor(Date.now() / 1000))) : lifetime;
      },
    },
    async findAccount(_ctx, sub): Promise<Account | undefined> {
      if (!(await accounts.exists(sub))) return undefined;
      return {
        accountId: sub,
        async claims() {
          const claims = await accounts.claims(sub);
          if (!claims) return { sub };
          return { sub, email: claims.email, email_verified: claims.email_verified, name: claims.name };
        },
      };
    },
    // §6 names the claims `user_role` and `token_family_id`; the router reads the role for its rate-limit tier and
    // the family (the grant) to refuse tokens of a family revoked by logout or refresh-token replay.
    async extraTokenClaims(ctx, token) {
      if (token.kind === 'ClientCredentials') return { [ROLE_CLAIM]: 'service' };
      const family = token.grantId ? { [GRANT_ID_CLAIM]: token.grantId } : {};
      const claims = token.accountId ? await claimsOf(ctx, token.accountId) : null;
      return claims ? { [ROLE_CLAIM]: claims.role, ...family } : family;
    },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: false },
      revocation: { enabled: true },
      introspection: { enabled: true },
      clientCredentials: { enabled: true },
      rpInitiatedLogout: { enabled: true, ...pages.logout },
      deviceFlow: { enabled: true, charset: 'base-20', mask: '****-****', ...pages.deviceFlow },
      resourceIndicators: {
        enabled: true,
        // Every token is for the API unless the client names another (there is no other): access tokens are JWTs
        // the router verifies with the JWKS. With the userinfo endpoint off, ID tokens carry the profile claims.
        defaultResource: () => resourceAudience,
        useGrantedResource: () => true,
        async getResourceServerInfo(ctx, resource, client) {
          if (resource !== resourceAudience) throw new errors.InvalidTarget();
          const allowed = apiScopesFor(client.clientId);
          const accountId = accountOf(ctx);
          const role = accountId ? ((await claimsOf(ctx, accountId))?.role ?? 'none') : undefined;
          return {
            scope: apiScopesForRole(role).filter((scope) => allowed.has(scope)).join(' '),
            audience: resourceAudience,
            accessTokenTTL: ttl.AccessToken,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
  };
}

/**
 * The end-user a request is about, once known: the account being issued tokens at the token endpoint, or the
 * signed-in session on authorization requests. Before sign-in there is none, and the API scopes on offer are not
 * yet narrowed by role; consent only happens after sign-in, so nothing is granted on that basis.
 */
function accountOf(ctx: KoaContextWithOIDC): string | undefined {
  const { entities, session } = ctx.oidc;
  return entities.Account?.accountId ?? session?.accountId ?? undefined;
}

/** `accounts.claims` at most once per request and account; the provider asks several times while issuing tokens. */
function memoisedClaims(accounts: AccountDirectory) {
  const cache = new WeakMap<object, Map<string, Promise<AccountClaims | null>>>();
  return (ctx: KoaContextWithOIDC, accountId: string): Promise<AccountClaims | null> => {
    let perRequest = cache.get(ctx);
    if (!perRequest) cache.set(ctx, (perRequest = new Map()));
    let claims = perRequest.get(accountId);
    if (!claims) perRequest.set(accountId, (claims = accounts.claims(accountId)));
    return claims;
  };
}
