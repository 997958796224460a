import type { TokenRevocations } from '@media-gateway/auth';
import type Provider from 'oidc-provider';

export interface RecordProviderRevocationsOptions {
  revocations: Pick<TokenRevocations, 'revokeGrant' | 'revokeToken'>;
  /**
   * The longest an access token the provider issues lives (`ttl.AccessToken`, or `ttl.ClientCredentials` when
   * longer): a revoked grant's entry is kept that long, since any of its tokens may have just been issued.
   */
  accessTokenLifetimeSeconds: number;
  /** Where a failed write goes: the revocation has happened at the provider, only the router does not know. */
  logger: { error(details: object, message: string): void };
  /** @default () => new Date() */
  now?: () => Date;
}

/** The part of a destroyed token's model this needs (oidc-provider `BaseToken`). */
interface DestroyedToken {
  jti: string;
  exp?: number | undefined;
}

/**
 * Copies the authorization server's revocations onto the access-token denylist the router checks (§6: "propagates
 * within 5 s"); oidc-provider revokes its own records, but the JWT access tokens it already issued are verified by
 * the router alone and would stay good for their whole lifetime.
 *
 * Events (oidc-provider v9; the docs/events.md the brief mentions is not shipped, these are from the sources):
 * - `grant.revoked` (ctx, grantId): the revocation endpoint given a refresh token, a refresh token or code presented
 *   again (replay revokes the family), logout that ends the grant. Listed as `revokeGrant(grantId)`: it only stops
 *   tokens that carry their grant id (`GRANT_ID_CLAIM`), which the issuer must add in `extraTokenClaims`.
 * - `access_token.destroyed` / `client_credentials.destroyed` (token): the revocation endpoint given an opaque access
 *   token (JWT ones are refused there, RFC 7009 leaves that to the server). Listed by `jti` until the token expires.
 *
 * Listeners cannot make the provider wait, so each write runs in the background and a failure is logged. The
 * provider instance changes when signing keys rotate (`OidcProvider.provider`): call this for every instance.
 *
 * @returns a function that removes the listeners.
 */
export function recordProviderRevocations(provider: Provider, options: RecordProviderRevocationsOptions): () => void {
  const { revocations, logger } = options;
  const lifetimeMs = options.accessTokenLifetimeSeconds * 1000;
  if (!Number.isFinite(lifetimeMs) || lifetimeMs <= 0) {
    throw new TypeError(`options.accessTokenLifetimeSeconds must be a positive number, got ${String(options.accessTokenLifetimeSeconds)}`);
  }
  const now = options.now ?? (() => new Date());

  const record = (write: () => Promise<void>, details: object) => {
    write().catch((error: unknown) => logger.error({ err: error, ...details }, 'recording a token revocation for the router failed'));
  };

  const onGrantRevoked = (_ctx: unknown, grantId: string) => {
    if (typeof grantId !== 'string' || grantId.length === 0) return;
    record(() => revocations.revokeGrant(grantId, new Date(now().getTime() + lifetimeMs)), { grantId });
  };
  const onTokenDestroyed = (token: DestroyedToken) => {
    if (typeof token?.jti !== 'string' || token.jti.length === 0) return;
    const until = typeof token.exp === 'number' ? new Date(token.exp * 1000) : new Date(now().getTime() + lifetimeMs);
    record(() => revocations.revokeToken(token.jti, until), { jti: token.jti });
  };

  provider.on('grant.revoked', onGrantRevoked);
  provider.on('access_token.destroyed', onTokenDestroyed);
  provider.on('client_credentials.destroyed', onTokenDestroyed);
  return () => {
    provider.off('grant.revoked', onGrantRevoked);
    provider.off('access_token.destroyed', onTokenDestroyed);
    provider.off('client_credentials.destroyed', onTokenDestroyed);
  };
}
