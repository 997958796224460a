import * as client from 'openid-client';
import { expect } from 'vitest';
import type { TestProduct } from '../../support/startTestProduct.js';
import { Browser } from '../../../subgraphs/identity/tests/oauth/support/Browser.js';
import { authorize, pkceRequest } from '../../../subgraphs/identity/tests/oauth/support/authorize.js';

export const REDIRECT = 'https://app.example.test/callback';

/**
 * Search answers `first` × 50 in the router's cost model (§1), so the default budget of 1000 stops at 20 hits and
 * would refuse `first: 50` or `first: 101` before discovery sees them. These suites test discovery's own answers;
 * the cost limit has its suite in tests/e2e/limits.
 */
export const PRODUCT_ENV: Readonly<Record<string, string>> = Object.freeze({ OAUTH_WEB_REDIRECT_URIS: REDIRECT, MAX_COST: '100000' });

export interface User {
  email: string;
  password: string;
}

export interface Answer<T> {
  status: number;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

export interface DiscoveryClient {
  /** Sends an operation, as `token`'s holder when one is given, and returns the status and parsed body. */
  call<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<Answer<T>>;
  register(user: User): Promise<void>;
  /** Signs in through the web client with PKCE, as the web app does, and returns the access token. */
  signIn(user: User, scope: string): Promise<string>;
}

export async function discoveryClient(product: TestProduct): Promise<DiscoveryClient> {
  const web = await client.discovery(new URL(`${product.url}/oidc`), 'web', undefined, client.None(), {
    execute: [client.allowInsecureRequests],
  });

  async function call<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<Answer<T>> {
    const response = await product.post(JSON.stringify({ query, variables }), token ? { authorization: `Bearer ${token}` } : {});
    return { status: response.status, body: (await response.json()) as Answer<T>['body'] };
  }

  return {
    call,
    async register(user) {
      const { body } = await call('mutation ($input: RegisterInput!) { register(input: $input) { accepted } }', {
        input: { ...user, displayName: user.email.split('@')[0] },
      });
      expect(body).toEqual({ data: { register: { accepted: true } } });
    },
    async signIn(user, scope) {
      const request = await pkceRequest(web, REDIRECT, scope);
      const callback = await authorize(new Browser(product.url), request, user);
      const tokens = await client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state });
      return tokens.access_token;
    },
  };
}

const RATING_SCALE = ['G', 'PG', 'PG-13', 'R', 'NC-17'];

/** Position of a catalog rating ("PG-13") on the MPAA scale, G 0 … NC-17 4; -1 for an unrated title or "Not Rated". */
export function ratingRank(contentRating: { rating: string } | null | undefined): number {
  return contentRating ? RATING_SCALE.indexOf(contentRating.rating) : -1;
}
