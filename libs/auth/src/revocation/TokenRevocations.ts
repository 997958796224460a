/**
 * What the router needs to know about a verified access token to ask whether it was revoked
 * (`revocationCheckFor(token)` builds it).
 */
export interface TokenRevocationCheck {
  sub: string;
  jti: string;
  /** When the token was issued (`iat`, whole seconds). A token without `iat` is passed as the epoch: see `revocationCheckFor`. */
  iat: Date;
  /** The grant (token family) the token belongs to, when the token names one (`token_family_id`). */
  grantId?: string | undefined;
}

/**
 * The access-token denylist (§6: "Revocation = jti on a Redis denylist … propagates within 5 s"). Access tokens are
 * JWTs the router verifies locally, so without this a token stays good for its whole lifetime after the user changed
 * their password, was suspended, or revoked the grant.
 *
 * Three kinds of entry, each kept only while a token it covers can still be valid (the access-token lifetime plus
 * the clock skew the verifier allows), so the list stays as small as the set of live tokens:
 *
 *   revokeSubject(sub, before)   every token of `sub` issued at or before `before` (password change, suspension)
 *   revokeGrant(grantId, until)  every token of one grant, i.e. one sign-in on one client (logout, refresh replay)
 *   revokeToken(jti, until)      one token
 *
 * `until` is the latest expiry of any token the entry covers. An entry whose tokens have all expired is not stored.
 * Embedded mode uses `MemoryTokenRevocations`; production uses `RedisTokenRevocations` so every router replica sees
 * a revocation at once. Both pass the same contract tests.
 */
export interface TokenRevocations {
  revokeSubject(sub: string, before: Date): Promise<void>;
  revokeGrant(grantId: string, until: Date): Promise<void>;
  revokeToken(jti: string, until: Date): Promise<void>;
  /** Rejects when the store cannot answer; the router then denies the request (auth fails closed, §15). */
  isRevoked(token: TokenRevocationCheck): Promise<boolean>;
}

export interface TokenRevocationsOptions {
  /**
   * The longest an access token lives (the issuer's `ttl.AccessToken`); a subject cut-off is kept this long.
   * @default 3600 (§6: 1 h)
   */
  accessTokenLifetimeSeconds?: number;
  /**
   * The clock skew the verifier allows on `exp` (`clockToleranceSeconds`): a token is accepted this long after it
   * expired, so every entry is kept this much longer.
   * @default 60 (§6)
   */
  clockToleranceSeconds?: number;
  /** Clock for entry expiry; tests freeze it. @default () => new Date() */
  now?: () => Date;
}
