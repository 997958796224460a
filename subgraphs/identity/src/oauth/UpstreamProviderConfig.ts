/**
 * An upstream OpenID provider users can sign in with (§6 "Providers: Google, GitHub"). Our side is an ordinary relying
 * party: register `<issuer>/upstream/<id>/callback` (our issuer, e.g. `https://api.example.com/oidc`) as the client's
 * redirect URI at the provider.
 */
export interface UpstreamProviderConfig {
  /**
   * Names the provider in URLs, the link table and the audit log; lower-case letters, digits and dashes.
   * @example 'google'
   */
  id: 'google' | 'github' | (string & {});
  /** Shown on the login page: "Continue with <label>". @example 'Google' */
  label: string;
  /**
   * The provider's issuer; its metadata is discovered from `<issuer>/.well-known/openid-configuration`. https, or http
   * on a loopback address (tests and local development only: nothing on the network can read a loopback exchange).
   * @example 'https://accounts.google.com'
   */
  issuer: string;
  clientId: string;
  /** Sent with HTTP Basic (`client_secret_basic`) to the provider's token endpoint. */
  clientSecret: string;
}

const PROVIDER_ID = /^[a-z][a-z0-9-]{0,31}$/;

/** Rejects upstream provider settings the sign-in would misbehave with, naming the provider and the option. */
export function validateUpstreamProviders(providers: readonly UpstreamProviderConfig[]): void {
  const seen = new Set<string>();
  for (const provider of providers) {
    const where = `upstreams[${JSON.stringify(provider.id)}]`;
    if (!PROVIDER_ID.test(provider.id)) {
      throw new TypeError(`createOidcProvider: ${where}.id must be 1 to 32 lower-case letters, digits or dashes, starting with a letter`);
    }
    if (seen.has(provider.id)) throw new TypeError(`createOidcProvider: ${where} is configured twice`);
    seen.add(provider.id);
    if (!provider.label.trim()) throw new TypeError(`createOidcProvider: ${where}.label must not be empty`);
    if (!provider.clientId) throw new TypeError(`createOidcProvider: ${where}.clientId must not be empty`);
    if (!provider.clientSecret) throw new TypeError(`createOidcProvider: ${where}.clientSecret must not be empty`);
    const problem = issuerProblem(provider.issuer);
    if (problem) throw new TypeError(`createOidcProvider: ${where}.issuer ${problem}, got ${JSON.stringify(provider.issuer)}`);
  }
}

/**
 * Why `issuer` cannot be an upstream issuer, or null when it can: an absolute https URL without query or fragment
 * (OpenID Connect Discovery §2), or http on a loopback host.
 */
export function issuerProblem(issuer: string): string | null {
  const url = URL.parse(issuer);
  if (!url || url.search || url.hash) return 'must be an absolute URL without query or fragment';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && isLoopback(url)) return null;
  return 'must be https (http only on a loopback address)';
}

/** Whether `url` points at this machine: discovery over plain http is tolerated there only. */
export function isLoopback(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(url.hostname);
}
