import { describe, expect, it } from 'vitest';
import * as auth from '@media-gateway/auth';

describe('@media-gateway/auth entry point', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(auth).sort()).toEqual(
      [
        'ANONYMOUS',
        'API_KEY_DEFAULT_PER_MINUTE',
        'API_KEY_PREFIX',
        'AUTH_ERRORS',
        'AuthError',
        'DEVICE_LIMITS',
        'IDENTITY_HEADER',
        'IdentityExpiredError',
        'IdentityInvalidError',
        'KeysUnavailableError',
        'RATE_LIMIT_TIERS',
        'RATE_LIMIT_TIER_FOR_ROLE',
        'REMOVED_AUTH_ERRORS',
        'ROLES',
        'ROLE_SCOPES',
        'SCOPES',
        'TokenExpiredError',
        'TokenInvalidError',
        'TokenMalformedError',
        'TokenMissingError',
        'TokenNotYetValidError',
        'authErrorExtensions',
        'createAccessTokenVerifier',
        'createRateLimiter',
        'deviceLimitForRole',
        'hasScopes',
        'identityFromHeaders',
        'isAuthError',
        'isRole',
        'isScope',
        'parseAuthorization',
        'parseRole',
        'scopesForRole',
        'signIdentityAssertion',
        'verifyIdentityAssertion',
      ].sort(),
    );
  });
});
