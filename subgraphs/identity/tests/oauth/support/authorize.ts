import * as client from 'openid-client';
import { expect } from 'vitest';
import { readForm, type Browser, type Navigation } from './Browser.js';

export interface PkceRequest {
  url: URL;
  verifier: string;
  state: string;
}

/** An authorization request as the web app makes it: PKCE S256, state, and the given scope. */
export async function pkceRequest(config: client.Configuration, redirectUri: string, scope: string): Promise<PkceRequest> {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    // OpenID Connect Core §11: offline_access is only honoured together with prompt=consent.
    prompt: 'consent',
  });
  return { url, verifier, state };
}

/** Opens `url`, expects the login page, and signs in. Returns where the browser ended up. */
export async function signIn(browser: Browser, url: URL | string, user: { email: string; password: string }): Promise<Navigation> {
  const login = await browser.navigate(url);
  expect(login.html).toContain('name="password"');
  const form = readForm(login.html);
  return browser.navigate(form.action, { ...form.fields, email: user.email, password: user.password });
}

/** Full front channel of the code flow: sign in (and auto-consent) and return the callback URL with the code. */
export async function authorize(browser: Browser, request: PkceRequest, user: { email: string; password: string }): Promise<URL> {
  const done = await signIn(browser, request.url, user);
  if (!done.redirectedTo) throw new Error(`expected a redirect to the client, got ${done.status}:\n${done.html}`);
  return done.redirectedTo;
}
