/** The claims the authorization server puts into ID tokens (and `role` into access tokens) for an account. */
export interface AccountClaims {
  sub: string;
  email: string;
  email_verified: boolean;
  name: string;
  role: string;
}

/**
 * What the authorization server needs from the account domain. Kept to three calls so the OAuth layer does not
 * depend on how accounts are stored; the identity service passes its account store, tests pass an in-memory map.
 */
export interface AccountDirectory {
  /**
   * Checks an email and password. Returns null for every kind of failure (unknown email, wrong password, suspended
   * or deleted account) so the login page cannot tell them apart (no account enumeration, §6).
   */
  authenticate(email: string, password: string): Promise<{ userId: string } | null>;
  /** Claims of an active account, or null when it no longer exists or may not sign in. */
  claims(userId: string): Promise<AccountClaims | null>;
  /** Whether tokens for this account may still be issued (refresh, new codes). */
  exists(userId: string): Promise<boolean>;
}
