/** Where the client's bearer tokens come from: an `OAuthSession`, a fixed token, or the app's own session. */
export interface TokenSource {
  /** The token to send now; undefined sends the request anonymously. */
  accessToken(): Promise<string | undefined>;
  /** Called once after a 401 / UNAUTHENTICATED answer; returns a fresh token or undefined. */
  refresh?(): Promise<string | undefined>;
}

/** A TokenSource for a token obtained elsewhere (a test's sign-in, an app that manages its own session). */
export function staticToken(token: string | undefined): TokenSource {
  return { accessToken: () => Promise.resolve(token) };
}
