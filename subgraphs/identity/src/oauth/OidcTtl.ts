/** Lifetimes in seconds of what the authorization server issues. */
export interface OidcTtl {
  /** JWT access tokens (§6: 1 h). @default 3600 */
  AccessToken: number;
  /** Authorization codes (§6: at most 10 min). @default 600 */
  AuthorizationCode: number;
  /** Client-credentials access tokens. @default 3600 */
  ClientCredentials: number;
  /** Device codes and user codes (§6: 900 s). @default 900 */
  DeviceCode: number;
  /** @default 3600 */
  IdToken: number;
  /**
   * Refresh tokens (§6: 30 d). Rotation does not extend it: a rotated token lives as long as the one it replaced, so
   * a token family ends 30 days after sign-in. @default 2_592_000
   */
  RefreshToken: number;
  /** A login/consent interaction in progress. @default 3600 */
  Interaction: number;
  /** The browser session at the authorization server. @default 1_209_600 (14 d) */
  Session: number;
  /** A user's grant to a client; refresh tokens never outlive it. @default 2_592_000 */
  Grant: number;
}

export const DEFAULT_OIDC_TTL: OidcTtl = {
  AccessToken: 3600,
  AuthorizationCode: 600,
  ClientCredentials: 3600,
  DeviceCode: 900,
  IdToken: 3600,
  RefreshToken: 30 * 24 * 3600,
  Interaction: 3600,
  Session: 14 * 24 * 3600,
  Grant: 30 * 24 * 3600,
};
