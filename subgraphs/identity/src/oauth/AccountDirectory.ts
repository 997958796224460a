/** The claims the authorization server puts into ID tokens (and `role` into access tokens) for an account. */
export interface AccountClaims {
  sub: string;
  email: string;
  email_verified: boolean;
  name: string;
  role: string;
}

/** How the user proved who they are before a second factor; recorded with the AUTH_LOGIN it completes. */
export type FirstFactor = { method: 'password'; provider?: undefined } | { method: 'upstream'; provider: string };

/**
 * A password that checked out. With `secondFactor: true` the account has MFA on: the sign-in is not complete (and
 * not audited as AUTH_LOGIN) until `verifySecondFactor` passes. Without it the sign-in is complete and audited.
 */
export interface PasswordSignIn {
  userId: string;
  secondFactor?: boolean;
}

/** `wrong` covers a mismatched, replayed or malformed code; `rate_limited` is §6's sixth attempt in a minute. */
export type SecondFactorResult =
  | { status: 'ok'; retryAfterSeconds?: undefined }
  | { status: 'wrong'; retryAfterSeconds?: undefined }
  | { status: 'rate_limited'; retryAfterSeconds: number };

/** Who an upstream OpenID provider (Google, GitHub) says signed in, from its validated ID token (and userinfo). */
export interface UpstreamIdentity {
  /** Our id of the provider (`UpstreamProviderConfig.id`), e.g. `google`. */
  provider: string;
  /** The provider's `sub`: stable, unlike the email. */
  subject: string;
  email: string | undefined;
  /** Only a literal `email_verified: true` counts. */
  emailVerified: boolean;
  name: string | undefined;
}

/**
 * Why an upstream sign-in was refused:
 * - `upstream_email_unverified`: no link yet and the provider vouches for no email, so there is nothing to match or
 *   create an account on.
 * - `local_email_unverified`: an account with that email exists but never proved it owns the address; linking would
 *   hand it to whoever registered it first (account pre-hijacking), so its owner must sign in with the password first.
 * - `account_inactive`: the account is suspended or deleted, as on the password path.
 */
export type UpstreamRefusal = 'upstream_email_unverified' | 'local_email_unverified' | 'account_inactive';

export type UpstreamSignInResult =
  | { status: 'signed_in'; userId: string; secondFactor: boolean; reason?: undefined }
  | { status: 'refused'; reason: UpstreamRefusal; userId?: undefined; secondFactor?: undefined };

/**
 * What the authorization server needs from the account domain. Kept small so the OAuth layer does not depend on how
 * accounts are stored; the identity service passes its account store, tests pass an in-memory map.
 */
export interface AccountDirectory {
  /**
   * Checks an email and password. Returns null for every kind of failure (unknown email, wrong password, suspended
   * or deleted account) so the login page cannot tell them apart (no account enumeration, §6).
   */
  authenticate(email: string, password: string): Promise<PasswordSignIn | null>;
  /**
   * Checks the TOTP or backup code of a user whose first factor passed, under the same per-user attempt limit as the
   * GraphQL MFA mutations (§6: 5 a minute). On success the sign-in is complete and audited as AUTH_LOGIN with the
   * first factor's method and `mfa: true`.
   */
  verifySecondFactor(userId: string, code: string, firstFactor: FirstFactor): Promise<SecondFactorResult>;
  /**
   * Signs in (linking or creating the account when the rules allow) the user an upstream provider vouched for.
   * Audits what it does; with `secondFactor: true` the AUTH_LOGIN waits for `verifySecondFactor`.
   */
  signInUpstream(identity: UpstreamIdentity): Promise<UpstreamSignInResult>;
  /** Audits an upstream sign-in that failed before an identity was known (denied, bad state, invalid ID token). */
  upstreamFailed(provider: string, reason: string): Promise<void>;
  /** Claims of an active account, or null when it no longer exists or may not sign in. */
  claims(userId: string): Promise<AccountClaims | null>;
  /** Whether tokens for this account may still be issued (refresh, new codes). */
  exists(userId: string): Promise<boolean>;
}
