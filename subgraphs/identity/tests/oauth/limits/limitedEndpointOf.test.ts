import { describe, expect, it } from 'vitest';
import { limitedEndpointOf } from '../../../src/oauth/limits/limitedEndpointOf.js';

describe('limitedEndpointOf', () => {
  it.each([
    ['POST', '/token', 'token'],
    ['POST', '/token?foo=bar', 'token'],
    // oidc-provider's router folds ASCII case and ignores one trailing slash: so must the caps.
    ['POST', '/TOKEN/', 'token'],
    ['post', '/Token', 'token'],
    ['POST', '/device/auth', 'deviceAuthorization'],
    ['POST', '/Device/Auth/', 'deviceAuthorization'],
    ['POST', '/activate', 'codeVerification'],
    ['POST', '/activate/', 'codeVerification'],
  ])('%s %s is capped as %s', (method, path, endpoint) => {
    expect(limitedEndpointOf(method, path, '/activate')).toBe(endpoint);
  });

  it.each([
    ['GET', '/activate'],
    ['GET', '/activate?user_code=BCDF-GHJK'],
    ['POST', '/token/revocation'],
    ['POST', '/token/introspection'],
    ['POST', '/tokens'],
    ['POST', '/token//'],
    ['GET', '/token'],
    ['POST', '/activate/resume-uid'],
    ['POST', '/auth'],
  ])('%s %s is not capped', (method, path) => {
    expect(limitedEndpointOf(method, path, '/activate')).toBeUndefined();
  });
});
